// Benchmarks entry point. A first word picks a scenario runner; anything else goes to BenchmarkDotNet
// (pick benchmarks with --filter, e.g. --filter '*Survey*').
if (args is ["segmentation", ..])
{
    Outreach.Benchmarks.Segmentation.SegmentationRunner.Run(args[1..]);
    return;
}
if (args is ["import", ..])
{
    await Outreach.Benchmarks.Import.ImportRunner.RunAsync(args[1..]);
    return;
}
if (args is ["segment-count", ..])
{
    await Outreach.Benchmarks.Targeting.SegmentCountRunner.RunAsync(args[1..]);
    return;
}
BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmark program.</summary>
public partial class Program;
