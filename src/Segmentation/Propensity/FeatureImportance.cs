namespace Outreach.Segmentation.Propensity;

/// <summary>How much a source column drives the model, as a share of the total (all sum to 1).</summary>
public sealed record FeatureImportance(string Feature, double Importance);
