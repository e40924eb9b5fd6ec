if (args is ["segmentation", ..])
{
    Outreach.Benchmarks.Segmentation.SegmentationRunner.Run(args[1..]);
    return;
}
return;
