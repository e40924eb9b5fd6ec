using System.Text.Json;
using Dapper;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.TestSupport;
using Outreach.Web.Targeting;
using Outreach.Web.Targeting.Analysis;

namespace Outreach.Web.Tests.Targeting.Analysis;

/// <summary>T3 and T4 on real PostgreSQL: the planted association comes first; scores are stored with their AUC.</summary>
public sealed class PatternAndPropensityRunTests(DatabaseFixture db)
    : PlantedBaseTests(db, uaRoaming: true, outcomes: true), IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task The_planted_association_has_the_highest_lift_and_opens_as_a_segment_of_exactly_its_subscribers()
    {
        var job = await new AnalysisHarness(Db.DataSource).RunAsync(AnalysisKind.Patterns, new { }, Ct);

        Assert.Equal(AnalysisJob.Done, job.Status);
        var summary = JsonSerializer.Deserialize<PatternSummary>(job.Result!, AnalysisQueue.Json)!;
        Assert.Equal(Subscribers, summary.Rows);
        var top = summary.Patterns[0];
        // UA callers are planted with 10 international calls, all to UA: either count is the same fact.
        string[] facts = [top.Antecedent, top.Consequent];
        Assert.Contains("has roaming pack", facts);
        Assert.Contains(facts, f => f is "calls to ua per month ≥ 10" or "intl calls per month ≥ 10");
        Assert.Equal(Subscribers / 25, top.Count);
        Assert.Equal(1.0, top.Confidence);
        Assert.Equal(25.0, top.Lift, 1);
        Assert.True(summary.Patterns.Skip(1).All(p => p.Lift <= top.Lift));

        var rule = SegmentLink.Decode(top.Rule)!;
        var preview = await new SegmentService(new SegmentRepository(Db.DataSource), new Outreach.Campaigns.Audit.AuditLog(Db.DataSource), Microsoft.Extensions.Logging.Abstractions.NullLogger<SegmentService>.Instance).PreviewAsync(rule, Ct);
        Assert.Empty(preview.Errors);
        Assert.Equal(Subscribers / 25, preview.Count);
    }

    [Fact]
    public async Task Propensity_learns_past_outcomes_reports_AUC_and_stores_a_score_for_every_subscriber()
    {
        var harness = new AnalysisHarness(Db.DataSource);
        var job = await harness.RunAsync(AnalysisKind.Propensity, new PropensityRequest("upsell", null), Ct);

        Assert.Equal(AnalysisJob.Done, job.Status);
        var summary = JsonSerializer.Deserialize<PropensitySummary>(job.Result!, AnalysisQueue.Json)!;
        Assert.Equal(Subscribers, summary.Outcomes);
        Assert.Equal(Subscribers, summary.TrainRows + summary.TestRows);
        Assert.True(summary.Auc >= 0.8, $"AUC {summary.Auc} below 0.8");
        Assert.NotEmpty(summary.Features);
        Assert.Equal(Subscribers, summary.Scored);

        Assert.Equal(Subscribers, await harness.Scores.CountAsync("upsell", Ct));
        await using var c = await Db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal((int)job.Id, await c.ExecuteScalarAsync<int>("select distinct model_version from propensity_scores"));
        // The planted acceptors (group 0) rank above the rest.
        var top = await harness.Scores.TopAsync("upsell", 50, Ct);
        Assert.True(top.Count(s => PlantedBase.GroupOf(s.Id) == 0) >= 45);
        var campaigns = await harness.Scores.CampaignsWithOutcomesAsync(Ct);
        Assert.Equal(Subscribers, Assert.Single(campaigns).Outcomes);
    }

    [Fact]
    public async Task Propensity_with_no_outcomes_to_learn_from_fails_with_a_reason()
    {
        var job = await new AnalysisHarness(Db.DataSource).RunAsync(AnalysisKind.Propensity, new PropensityRequest("retention", 987654), Ct);

        Assert.Equal(AnalysisJob.Failed, job.Status);
        Assert.Contains("only 0 past outcomes", job.Error);
        Assert.Equal(0, await new PropensityScoreRepository(Db.DataSource).CountAsync("retention", Ct));
    }
}
