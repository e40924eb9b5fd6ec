namespace Outreach.Segmentation.Clustering;

/// <summary>A segment found by clustering: its size and a plain-words description from its strongest traits.</summary>
public sealed record ClusterProfile(int Cluster, int Size, double Share, string Description, IReadOnlyList<ClusterTrait> Traits);
