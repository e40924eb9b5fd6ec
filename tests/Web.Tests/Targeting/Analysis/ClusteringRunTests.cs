using System.Text.Json;
using Dapper;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Segmentation.Tests.Planted;
using Outreach.Segmentation.Rules;
using Outreach.TestSupport;
using Outreach.Web.Targeting;
using Outreach.Web.Targeting.Analysis;

namespace Outreach.Web.Tests.Targeting.Analysis;

/// <summary>T2 on real PostgreSQL: a clustering job reads the base, finds the planted groups and stores them.</summary>
public sealed class ClusteringRunTests(DatabaseFixture db)
    : PlantedBaseTests(db, uaRoaming: false, outcomes: false), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_clustering_job_recovers_the_planted_groups_and_stores_every_subscribers_segment()
    {
        var harness = new AnalysisHarness(Db.DataSource);
        var job = await harness.RunAsync(AnalysisKind.Clustering, new { }, Ct);

        Assert.Equal(AnalysisJob.Done, job.Status);
        Assert.Equal(1f, job.Progress);
        var summary = JsonSerializer.Deserialize<ClusteringSummary>(job.Result!, AnalysisQueue.Json)!;
        Assert.Equal(PlantedBase.Groups, summary.K);
        Assert.Contains("Davies–Bouldin", summary.Criterion);
        Assert.Equal(summary.K, summary.Candidates.MinBy(c => c.DaviesBouldin)!.K);

        var clusters = await harness.Clusters.ListAsync(job.Id, Ct);
        Assert.Equal([1, 2, 3], clusters.Select(c => c.Cluster));
        Assert.Equal(Subscribers, clusters.Sum(c => c.Size));
        Assert.All(clusters, c => Assert.False(string.IsNullOrWhiteSpace(c.Description)));
        Assert.Contains(clusters, c => c.Description.Contains("young", StringComparison.Ordinal));
        Assert.True(clusters.Zip(clusters.Skip(1)).All(p => p.First.Size >= p.Second.Size), "numbered largest first");

        await using var c = await Db.DataSource.OpenConnectionAsync(Ct);
        var stored = (await c.QueryAsync<(long Id, int Cluster, long JobId)>(
            "select subscriber_id, cluster, job_id from subscriber_clusters order by subscriber_id")).ToArray();
        Assert.Equal(Subscribers, stored.Length);
        Assert.All(stored, s => Assert.Equal(job.Id, s.JobId));
        var ari = AdjustedRand.Index(stored.Select(s => PlantedBase.GroupOf(s.Id)).ToArray(), stored.Select(s => s.Cluster).ToArray());
        Assert.True(ari >= 0.8, $"adjusted Rand index {ari:F3} below 0.8");
    }

    [Fact]
    public async Task A_segment_is_a_rule_filter_and_a_new_run_replaces_the_assignment()
    {
        var harness = new AnalysisHarness(Db.DataSource);
        await harness.RunAsync(AnalysisKind.Clustering, new { }, Ct);
        var second = await harness.RunAsync(AnalysisKind.Clustering, new { }, Ct);
        var largest = (await harness.Clusters.ListAsync(second.Id, Ct))[0];

        var service = new SegmentService(new SegmentRepository(Db.DataSource), new Outreach.Campaigns.Audit.AuditLog(Db.DataSource), Microsoft.Extensions.Logging.Abstractions.NullLogger<SegmentService>.Instance);
        var inSegment = await service.PreviewAsync(RuleCondition.Of("cluster", "=", largest.Cluster), Ct);
        Assert.Empty(inSegment.Errors);
        Assert.Equal(largest.Size, inSegment.Count);
        var notInSegment = await service.PreviewAsync(RuleGroup.Negate(RuleCondition.Of("cluster", "=", largest.Cluster)), Ct);
        Assert.Equal(Subscribers - largest.Size, notInSegment.Count);
        await using var c = await Db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(Subscribers, await c.ExecuteScalarAsync<long>("select count(*) from subscriber_clusters where job_id = @id", new { id = second.Id }));
    }
}
