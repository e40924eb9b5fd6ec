namespace Outreach.Segmentation.Clustering;

/// <summary>
/// One way a cluster differs from the whole base. <see cref="Score"/> is in standard deviations:
/// the cluster mean's distance from the base mean, or the category share's for a text value.
/// </summary>
public sealed record ClusterTrait(string Feature, double Score, string Phrase);
