using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

public sealed class PredictivePacerTests
{
    private static (PredictivePacer Pacer, ManualClock Clock) Create()
    {
        var clock = new ManualClock();
        clock.Advance(TimeSpan.FromSeconds(2000));   // just after Snapshots.Trained's calls
        return (new PredictivePacer(new PacingOptions(), clock), clock);
    }

    [Fact]
    public void Without_statistics_it_paces_like_progressive()
    {
        var (pacer, _) = Create();
        Assert.Equal(3, pacer.CallsToLaunch(Snapshots.Of(ready: 5, talking: 5, calls: 2)));
    }

    [Fact]
    public void Never_dials_with_no_agent_logged_in()
    {
        var (pacer, _) = Create();
        Assert.Equal(0, pacer.CallsToLaunch(Snapshots.Of(ready: 0, statistics: Snapshots.Trained())));
    }

    [Fact]
    public void Agents_wrapping_up_count_as_about_to_free()
    {
        var (pacer, _) = Create();
        var forecast = pacer.Forecast(Snapshots.Of(ready: 0, wrapUp: 4, inStateSeconds: 5, statistics: Snapshots.Trained()));
        Assert.Equal(4.0, forecast.ExpectedFreeAgents, 2);            // wrap-up is always 10 s: all free by 5 + 16 s
        Assert.Equal(0.25, forecast.AnswerRate, 3);
        Assert.Equal(16.25, forecast.HorizonSeconds, 2);              // 14 s to the answer (bin centre) + 2 s connect limit
    }

    [Fact]
    public void Places_calls_ahead_for_agents_about_to_free_where_progressive_would_wait()
    {
        var (pacer, clock) = Create();
        var snapshot = Snapshots.Of(ready: 0, wrapUp: 4, inStateSeconds: 5, statistics: Snapshots.Trained());
        // The ramp lets a quarter of the team's answers go at once (1 answer: 4 calls), then half the team per horizon.
        Assert.Equal(4, pacer.CallsToLaunch(snapshot));
        var placed = 4;
        for (var tick = 0; tick < 64; tick++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(250));
            placed += pacer.CallsToLaunch(snapshot with { Calls = [] });
        }
        // Over a horizon it reaches what the forecast allows: ≈ 4 free agents / 0.25 answers per call, less a margin.
        Assert.InRange(pacer.Forecast(snapshot with { Calls = [] }).CallsFor(pacer.Safety, 100), 8, 16);
        Assert.InRange(placed, 8, 16 + 4);
    }

    [Fact]
    public void Calls_in_flight_claim_the_free_agents_first()
    {
        var (pacer, _) = Create();
        var stats = Snapshots.Trained();
        var snapshot = Snapshots.Of(ready: 2, calls: 8, statistics: stats);   // 8 calls aged 1 s: 2 answers expected
        var forecast = pacer.Forecast(snapshot);
        Assert.Equal(2.0, forecast.ExpectedAnswersInFlight, 2);
        Assert.Equal(0, pacer.CallsToLaunch(snapshot));
    }

    [Fact]
    public void A_long_talker_is_likelier_to_free_than_one_who_just_started()
    {
        var stats = Snapshots.Trained();
        var horizon = TimeSpan.FromSeconds(16);
        var fresh = stats.ProbabilityFreeWithin(new AgentSnapshot(AgentState.Talking, TimeSpan.Zero), horizon, 1);
        var late = stats.ProbabilityFreeWithin(new AgentSnapshot(AgentState.Talking, TimeSpan.FromSeconds(200)), horizon, 1);
        Assert.True(fresh < 0.001);
        Assert.Equal(0.1044, late, 2);                                // (Φ(1.4454) − Φ(1.3863)) / (1 − Φ(1.3863)), T ≤ 200+16−10
    }

    [Fact]
    public void Talking_agents_are_not_counted_until_two_talk_times_per_agent_are_known()
    {
        var stats = Snapshots.Trained(calls: 40);                     // 10 talk times
        var agent = new AgentSnapshot(AgentState.Talking, TimeSpan.FromSeconds(200));
        Assert.Equal(0, stats.ProbabilityFreeWithin(agent, TimeSpan.FromSeconds(16), agentsLoggedIn: 20));
    }

    [Fact]
    public void Answers_that_waited_for_an_agent_make_a_pacer_with_a_wait_goal_more_careful()
    {
        var clock = new ManualClock();
        clock.Advance(TimeSpan.FromSeconds(2000));
        var withGoal = new PredictivePacer(new PacingOptions { TargetWaitRate = 0.005 }, clock);
        var without = new PredictivePacer(new PacingOptions(), clock);
        var stats = Snapshots.Trained();                              // 500 live answers, no abandons
        for (var i = 0; i < 25; i++) stats.AnswerWaited(clock.GetUtcNow());   // 5% of them waited: ten times the goal

        var snapshot = Snapshots.Of(ready: 0, wrapUp: 4, inStateSeconds: 5, statistics: stats);
        var careful = withGoal.CallsToLaunch(snapshot);
        var usual = without.CallsToLaunch(snapshot);

        Assert.Null(without.WaitController);
        Assert.True(withGoal.WaitController!.Safety > withGoal.Controller.Safety);
        Assert.Equal(withGoal.WaitController.Safety, withGoal.Safety);
        Assert.True(careful < usual, $"with the goal {careful} calls, without {usual}");
    }

    [Fact]
    public void A_wait_goal_never_loosens_the_abandon_target()
    {
        var clock = new ManualClock();
        clock.Advance(TimeSpan.FromSeconds(2000));
        var pacer = new PredictivePacer(new PacingOptions { TargetWaitRate = 0.5 }, clock);
        var stats = Snapshots.Trained();
        for (var i = 0; i < 25; i++)
        {
            stats.AnswerWaited(clock.GetUtcNow());
            stats.Abandoned(clock.GetUtcNow());                        // 5% abandoned: over the 3% target
        }

        pacer.CallsToLaunch(Snapshots.Of(ready: 0, wrapUp: 4, inStateSeconds: 5, statistics: stats));

        Assert.Equal(pacer.Controller.Safety, pacer.Safety);
        Assert.True(pacer.Controller.Safety > pacer.WaitController!.Safety);
    }
}
