using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Segmentation;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>One kind of background analysis: runs a claimed job and returns what it found as JSON for the job row.</summary>
public interface IAnalysisRun
{
    string Kind { get; }

    Task<string> RunAsync(AnalysisJob job, IProgress<AnalysisProgress> progress, CancellationToken ct);
}
