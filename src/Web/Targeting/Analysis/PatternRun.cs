using System.Text.Json;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Segmentation;
using Outreach.Segmentation.Patterns;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>T3 from the database: mines associations between behaviour facts and products, each with the rule filter it stands for.</summary>
public sealed class PatternRun(BehaviourReader reader) : IAnalysisRun
{
    public string Kind => AnalysisKind.Patterns;

    // The total of international calls is the sum of the per-country columns: pairing it with them finds only that
    // ("calls to UA → intl calls ≥ 1"), which crowds out the patterns worth acting on.
    public AssociationOptions Options { get; init; } = new() { ExcludedColumns = ["intlCallsPerMonth"] };

    public async Task<string> RunAsync(AnalysisJob job, IProgress<AnalysisProgress> progress, CancellationToken ct)
    {
        var snapshot = await reader.ReadAsync(new StageProgress(progress, 0, 0.6, "reading the base"), ct);
        progress.Report(new AnalysisProgress("mining patterns", 0.6));
        var rules = new AssociationMiner().Mine(BehaviourTable.ToFeatureTable(snapshot), Options, ct);
        var patterns = rules.Select(r => new PatternView(r.Antecedent.Description, r.Consequent.Description, r.Count,
            r.Support, r.Confidence, r.Lift, BehaviourTable.ToRule(snapshot, r) is { } rule ? SegmentLink.Encode(rule) : null)).ToArray();
        return JsonSerializer.Serialize(new PatternSummary(snapshot.Rows, patterns), AnalysisQueue.Json);
    }
}
