namespace Outreach.Segmentation.Clustering;

/// <summary>The outcome of clustering a table: chosen K, every K tried, the segments, each row's segment.</summary>
public sealed record SegmentationResult(
    int K,
    IReadOnlyList<KCandidate> Candidates,
    IReadOnlyList<ClusterProfile> Clusters,
    int[] Assignments,
    ClusterModel Model);
