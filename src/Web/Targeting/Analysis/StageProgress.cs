using Outreach.Segmentation;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>Maps one step's own 0..1 progress into its slice of the whole run ([From, To]).</summary>
internal sealed class StageProgress(IProgress<AnalysisProgress> run, double from, double to, string? stage = null)
    : IProgress<AnalysisProgress>, IProgress<double>
{
    public void Report(AnalysisProgress value) => run.Report(new(stage ?? value.Stage, from + ((to - from) * value.Fraction)));

    public void Report(double value) => run.Report(new(stage ?? "working", from + ((to - from) * value)));
}
