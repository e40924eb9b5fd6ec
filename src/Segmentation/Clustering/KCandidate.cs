namespace Outreach.Segmentation.Clustering;

/// <summary>One K that was tried and its Davies–Bouldin index (lower is better).</summary>
public sealed record KCandidate(int K, double DaviesBouldin);
