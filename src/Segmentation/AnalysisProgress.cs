namespace Outreach.Segmentation;

/// <summary>Where a long analysis (clustering, propensity training) is: a stage name and the share done (0..1).</summary>
public sealed record AnalysisProgress(string Stage, double Fraction);
