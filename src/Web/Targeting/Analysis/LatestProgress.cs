using Outreach.Segmentation;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>
/// Keeps only the latest progress a run reported (from any thread); the worker writes it to the job row on
/// its own beat, so a chatty run never floods the database and writes never overtake each other.
/// </summary>
internal sealed class LatestProgress : IProgress<AnalysisProgress>
{
    private AnalysisProgress? latest;

    public void Report(AnalysisProgress value) => Volatile.Write(ref latest, value);

    /// <summary>The latest report, or null when none came since the last take.</summary>
    public AnalysisProgress? Take() => Interlocked.Exchange(ref latest, null);
}
