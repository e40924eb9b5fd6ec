namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>The kinds of background analysis, as stored in <c>analysis_jobs.kind</c>.</summary>
public static class AnalysisKind
{
    public const string Clustering = "clustering";
    public const string Patterns = "patterns";
    public const string Propensity = "propensity";

    public static IReadOnlyList<string> All { get; } = [Clustering, Patterns, Propensity];
}
