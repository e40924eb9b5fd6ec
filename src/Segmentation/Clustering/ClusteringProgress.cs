namespace Outreach.Segmentation.Clustering;

/// <summary>Where a clustering run is: a stage name and the share of the run done (0..1).</summary>
public sealed record ClusteringProgress(string Stage, double Fraction);
