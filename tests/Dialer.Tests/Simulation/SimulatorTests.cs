using Outreach.Dialer.Pacing;
using Outreach.Dialer.Simulation;

namespace Outreach.Dialer.Tests.Simulation;

public sealed class SimulatorTests
{
    private static Scenario Small(double minutes = 60) => ScenarioGrid.Basic(10, 0.3, 120, minutes, seed: 7);

    [Fact]
    public void Same_scenario_and_seed_give_the_same_result()
    {
        var a = DialerSimulator.Run(Small()) with { WallSeconds = 0 };
        var b = DialerSimulator.Run(Small()) with { WallSeconds = 0 };
        Assert.Equal(a, b);
        Assert.NotEqual(a, DialerSimulator.Run(Small(), seed: 8) with { WallSeconds = 0 });
    }

    [Theory]
    [InlineData(DialingMode.Preview)]
    [InlineData(DialingMode.Progressive)]
    public void One_call_per_ready_agent_never_abandons(DialingMode mode)
    {
        var r = DialerSimulator.Run(Small(), mode);
        Assert.True(r.Connected > 100);
        Assert.Equal(0, r.Abandoned);
    }

    [Fact]
    public void Overdialling_abandons_live_answers_that_wait_past_the_connect_limit()
    {
        var r = DialerSimulator.Run(Small() with { PowerRatio = 6 }, DialingMode.Power);
        Assert.True(r.Abandoned > 0);
        Assert.Equal(r.HumanAnswers, r.Connected + r.Abandoned, tolerance: 10);   // a few still waiting at the end
    }

    [Fact]
    public void Answering_machines_never_take_an_agent()
    {
        var r = DialerSimulator.Run(Small() with { Outcomes = new OutcomeMix(0, 1, 0, 0, 0) }, DialingMode.Power);
        Assert.True(r.CallsPlaced > 0);
        Assert.Equal((0L, 0L, 0.0), (r.Connected, r.Abandoned, r.AgentUtilization));
    }

    [Fact]
    public void Nothing_is_dialled_while_no_agent_is_logged_in()
    {
        var r = DialerSimulator.Run(Small() with { Agents = [new AgentShift(5, 90, 120)] }, DialingMode.Predictive);
        Assert.Equal(0, r.CallsPlaced);
    }

    [Fact]
    public void A_short_contact_list_runs_out()
    {
        var r = DialerSimulator.Run(Small() with { Contacts = 50 });
        Assert.True(r.ContactsExhausted);
        Assert.Equal(50, r.CallsPlaced);
    }

    [Fact]
    public void Utilization_counts_talk_and_wrap_up_over_logged_in_time()
    {
        var s = Small() with
        {
            Outcomes = new OutcomeMix(1, 0, 0, 0, 0), RingSeconds = Distribution.Fixed(10), ClassificationSeconds = Distribution.Fixed(0),
            TalkSeconds = Distribution.Fixed(80), WrapSeconds = Distribution.Fixed(10),
        };
        var r = DialerSimulator.Run(s, DialingMode.Progressive);
        Assert.Equal(0.9, r.AgentUtilization, 2);                   // 90 s busy in each 100 s cycle
        Assert.Equal(48.0, r.TalkMinutesPerAgentHour, 0);
        Assert.Equal(10.0, r.MeanAgentWaitSeconds, 1);
        Assert.Equal((10.5, 10.5), (r.AgentWaitP50Seconds, r.AgentWaitP90Seconds));   // every wait 10 s: its half-second bin
    }

    [Fact]
    public void Wait_percentiles_describe_the_spread_of_agent_waits()
    {
        var r = DialerSimulator.Run(Small(), DialingMode.Progressive);
        Assert.InRange(r.AgentWaitP50Seconds, 0.5, r.AgentWaitP90Seconds);
        Assert.True(r.AgentWaitP90Seconds > r.MeanAgentWaitSeconds, $"{r.AgentWaitP90Seconds} vs mean {r.MeanAgentWaitSeconds}");
    }

    [Fact]
    public void Agents_joining_and_leaving_change_the_logged_in_time()
    {
        var s = Small() with { Agents = [new AgentShift(10, 0, 60), new AgentShift(10, 30, 45)] };
        var r = DialerSimulator.Run(s, DialingMode.Progressive);
        Assert.InRange(r.TalkMinutesPerAgentHour, 1, 60);
        Assert.True(r.CallsPlaced > DialerSimulator.Run(Small(), DialingMode.Progressive).CallsPlaced);
    }

    [Fact]
    public void A_wait_goal_keeps_an_agent_ready_for_almost_every_live_answer_at_some_cost_in_utilisation()
    {
        var team = ScenarioGrid.Basic(50, 0.3, 60, 120, seed: 5);
        var usual = DialerSimulator.Run(team);
        var served = DialerSimulator.Run(team with { TargetWaitRate = 0.01 });

        Assert.True(usual.WaitRate > 0.05, $"without the goal {usual.WaitRate:P2} of answers waited");
        Assert.InRange(served.WaitRate, 0, 0.015);
        Assert.True(served.AbandonRate <= served.WaitRate);                     // an abandoned answer waited first
        Assert.True(served.AgentUtilization < usual.AgentUtilization);
        Assert.True(served.AgentUtilization > 0.5, $"utilisation {served.AgentUtilization:P1}");
    }
}

