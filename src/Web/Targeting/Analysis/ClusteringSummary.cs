using Outreach.Segmentation.Clustering;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>What a clustering run reports besides its segments: rows, K, how K was chosen, the features used.</summary>
public sealed record ClusteringSummary(int Rows, int K, string Criterion, IReadOnlyList<KCandidate> Candidates, IReadOnlyList<string> Features)
;
