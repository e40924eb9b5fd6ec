using System.Text.Json;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Segmentation;
using Outreach.Segmentation.Clustering;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>T2 from the database: reads the base, clusters it (K by Davies–Bouldin), stores the segments and every subscriber's.</summary>
public sealed class ClusteringRun(BehaviourReader reader, ClusterRepository clusters) : IAnalysisRun
{
    public string Kind => AnalysisKind.Clustering;

    /// <summary>Settings of the k-means run; tests narrow them.</summary>
    public ClusteringOptions Options { get; init; } = new();

    public async Task<string> RunAsync(AnalysisJob job, IProgress<AnalysisProgress> progress, CancellationToken ct)
    {
        var snapshot = await reader.ReadAsync(new StageProgress(progress, 0, 0.2, "reading the base"), ct);
        var table = BehaviourTable.ToFeatureTable(snapshot);
        var result = new KMeansSegmenter().Segment(table, Options, new StageProgress(progress, 0.2, 0.85), ct);
        progress.Report(new AnalysisProgress("storing the segments", 0.85));
        // Segments are numbered by size (1 = largest), the order the page shows them in.
        var number = new int[result.K];
        for (var i = 0; i < result.Clusters.Count; i++)
            number[result.Clusters[i].Cluster] = i + 1;
        var stored = result.Clusters.Select(c => new StoredCluster
        {
            Cluster = number[c.Cluster],
            Size = c.Size,
            Share = (float)c.Share,
            Description = c.Description,
            Traits = JsonSerializer.Serialize(c.Traits, AnalysisQueue.Json),
        }).ToArray();
        var assignments = Array.ConvertAll(result.Assignments, a => number[a]);
        await clusters.SaveAsync(job.Id, stored, snapshot.SubscriberIds, assignments, ct);
        return JsonSerializer.Serialize(new ClusteringSummary(snapshot.Rows, result.K, $"lowest Davies–Bouldin index over K = {Options.MinK}…{Options.MaxK}",
            result.Candidates, result.Model.Encoding.Slots.Select(s => s.Column).Distinct().ToArray()), AnalysisQueue.Json);
    }
}
