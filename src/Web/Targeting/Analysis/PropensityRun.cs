using System.Text.Json;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Segmentation;
using Outreach.Segmentation.Propensity;
using Outreach.Segmentation.Tabular;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>
/// T4 from the database: learns acceptance from past campaign outcomes (FastTree on the card and facts),
/// measures AUC on held-out outcomes, and stores every subscriber's score for the campaign type.
/// </summary>
public sealed class PropensityRun(BehaviourReader reader, PropensityScoreRepository scores) : IAnalysisRun
{
    /// <summary>Fewer outcomes than this teach nothing a marketer should rank by.</summary>
    public const int MinOutcomes = 20;

    private const string Label = "accepted";

    public string Kind => AnalysisKind.Propensity;

    public async Task<string> RunAsync(AnalysisJob job, IProgress<AnalysisProgress> progress, CancellationToken ct)
    {
        var request = JsonSerializer.Deserialize<PropensityRequest>(job.Parameters, AnalysisQueue.Json)
            ?? throw new InvalidDataException("the job has no parameters");
        if (request.Problem() is { } problem)
            throw new InvalidDataException(problem);
        var outcomes = await scores.OutcomesAsync(request.CampaignId, ct);
        if (outcomes.Count < MinOutcomes)
            throw new InvalidDataException($"only {outcomes.Count} past outcomes to learn from; at least {MinOutcomes} are needed");
        var snapshot = await reader.ReadAsync(new StageProgress(progress, 0, 0.3, "reading the base"), ct);
        var table = BehaviourTable.ToFeatureTable(snapshot);
        var (rows, labels) = Labelled(snapshot.SubscriberIds, outcomes);
        var training = TableRows.Select(table, rows, new NumericColumn(Label, labels));
        var report = new PropensityTrainer().Train(training, new PropensityOptions { LabelColumn = Label },
            new StageProgress(progress, 0.3, 0.8), ct);
        progress.Report(new AnalysisProgress("scoring every subscriber", 0.8));
        var scored = report.Model.Score(table, ct);
        progress.Report(new AnalysisProgress("storing the scores", 0.9));
        var version = checked((int)job.Id);
        var type = request.CampaignType.Trim();
        await scores.ReplaceAsync(type, version, snapshot.SubscriberIds, scored, ct);
        return JsonSerializer.Serialize(new PropensitySummary(type, request.CampaignId, rows.Length,
            labels.Count(l => l > 0), report.TrainRows, report.TestRows, report.Auc, report.Features, scored.Length, version),
            AnalysisQueue.Json);
    }

    // The rows of subscribers with an outcome, and 1 (accepted) or 0 for each.
    private static (int[] Rows, float[] Labels) Labelled(long[] ids, IReadOnlyDictionary<long, bool> outcomes)
    {
        var rows = new List<int>(outcomes.Count);
        var labels = new List<float>(outcomes.Count);
        for (var r = 0; r < ids.Length; r++)
        {
            if (!outcomes.TryGetValue(ids[r], out var accepted))
                continue;
            rows.Add(r);
            labels.Add(accepted ? 1 : 0);
        }
        return ([.. rows], [.. labels]);
    }
}
