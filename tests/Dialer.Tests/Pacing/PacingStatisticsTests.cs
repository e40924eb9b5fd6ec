using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

public sealed class PacingStatisticsTests
{
    [Fact]
    public void Normal_cdf_matches_tables()
    {
        Assert.Equal(0.5, NormalDistribution.Cdf(0), 6);
        Assert.Equal(0.975, NormalDistribution.Cdf(1.96), 4);
        Assert.Equal(0.1587, NormalDistribution.Cdf(-1), 4);
    }

    [Fact]
    public void Lognormal_fit_recovers_the_log_moments()
    {
        var d = new DurationDistribution();
        for (var i = 0; i < 1000; i++) d.Observe(TimeSpan.FromSeconds(Math.Exp(i % 2 == 0 ? 1 : 3)));
        Assert.Equal(2.0, d.Mu, 2);
        Assert.Equal(1.0, d.Sigma, 2);
        Assert.Equal(NormalDistribution.Cdf(0), d.Cdf(Math.Exp(2)), 2);
    }

    [Fact]
    public void A_call_old_enough_to_be_past_every_human_answer_will_not_bring_one()
    {
        var stats = Snapshots.Trained();
        Assert.Equal(0.25, stats.ProbabilityHumanLater(TimeSpan.FromSeconds(1)), 3);
        Assert.Equal(0.0, stats.ProbabilityHumanLater(TimeSpan.FromSeconds(20)), 3);
    }

    [Fact]
    public void Statistics_are_not_trusted_before_the_slowest_outcomes_could_arrive()
    {
        var stats = new PacingStatistics();
        var t0 = Snapshots.Start;
        stats.CallPlaced(t0);
        for (var i = 0; i < 50; i++) stats.RingingEnded(TimeSpan.FromSeconds(25), false, t0.AddSeconds(30));
        Assert.Null(stats.AnswerRate);                                // 30 s < 4 × 25 s
        stats.RingingEnded(TimeSpan.FromSeconds(25), false, t0.AddSeconds(101));
        Assert.NotNull(stats.AnswerRate);
    }

    [Fact]
    public void Answer_rate_follows_a_jump_within_minutes()
    {
        var learner = new AnswerRateLearner(TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(40));
        var at = Snapshots.Start;
        for (var i = 0; i < 3000; i++) learner.Observe(i % 10 == 0, at = at.AddSeconds(1));
        Assert.Equal(0.10, learner.Rate!.Value, 2);
        for (var i = 0; i < 600; i++) learner.Observe(i % 5 < 2, at = at.AddSeconds(1));
        Assert.True(learner.ShiftsDetected >= 1);
        Assert.InRange(learner.Rate!.Value, 0.33, 0.45);              // the 40-minute average alone would be near 0.17
    }

    [Fact]
    public void Hourly_counts_restart_with_each_clock_hour()
    {
        var ledger = new AbandonLedger();
        var t = Snapshots.Start.AddMinutes(50);
        ledger.Human(t); ledger.Human(t); ledger.Abandon(t);
        ledger.Human(t.AddMinutes(15));
        Assert.Equal((3, 1), (ledger.Humans, ledger.Abandoned));
        Assert.Equal((1, 0), (ledger.HourHumans, ledger.HourAbandoned));
        Assert.Equal(2, ledger.PreviousHourHumans);
    }
}
