using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

public sealed class SimplePacerTests
{
    [Fact]
    public void Progressive_places_one_call_per_ready_agent_without_a_call_on_its_way()
    {
        var pacer = new ProgressivePacer();
        Assert.Equal(2, pacer.CallsToLaunch(Snapshots.Of(ready: 3, talking: 4, calls: 1)));
        Assert.Equal(0, pacer.CallsToLaunch(Snapshots.Of(ready: 2, calls: 3)));
    }

    [Fact]
    public void Preview_places_one_call_for_each_ready_agent()
    {
        Assert.Equal(3, new PreviewPacer().CallsToLaunch(Snapshots.Of(ready: 3, talking: 2)));
    }

    [Fact]
    public void Power_keeps_ratio_lines_per_ready_agent()
    {
        var pacer = new PowerPacer(2.5);
        Assert.Equal(5, pacer.CallsToLaunch(Snapshots.Of(ready: 3, calls: 2)));   // floor(7.5) − 2
        Assert.Equal(0, pacer.CallsToLaunch(Snapshots.Of(ready: 1, calls: 4)));
    }

    [Fact]
    public void Adaptive_starts_at_dial_level_one_like_progressive()
    {
        var pacer = new AdaptivePacer(new PacingOptions(), new ManualClock());
        Assert.Equal(3, pacer.CallsToLaunch(Snapshots.Of(ready: 4, talking: 6, calls: 1)));
    }

    [Fact]
    public void Adaptive_raises_its_level_while_agents_wait_and_drops_are_under_target()
    {
        var clock = new ManualClock();
        var pacer = new AdaptivePacer(new PacingOptions(), clock);
        var snapshot = Snapshots.Of(ready: 5, talking: 5);
        pacer.CallsToLaunch(snapshot);
        clock.Advance(TimeSpan.FromSeconds(15));
        pacer.CallsToLaunch(snapshot);
        Assert.Equal(1.25, pacer.DialLevel, 6);                                    // 1 + 0.5 × 5/10
    }

    [Fact]
    public void Adaptive_lowers_its_level_when_the_drop_rate_is_over_target()
    {
        var clock = new ManualClock();
        var stats = new PacingStatistics();
        var pacer = new AdaptivePacer(new PacingOptions(), clock);
        var idle = Snapshots.Of(ready: 10, statistics: stats);
        for (var i = 0; i < 4; i++) { pacer.CallsToLaunch(idle); clock.Advance(TimeSpan.FromSeconds(15)); }
        var raised = pacer.DialLevel;
        for (var i = 0; i < 100; i++) stats.HumanAnswered(TimeSpan.FromSeconds(10), clock.GetUtcNow());
        for (var i = 0; i < 10; i++) stats.Abandoned(clock.GetUtcNow());
        pacer.CallsToLaunch(idle);
        Assert.True(pacer.DialLevel < raised);
    }

    [Theory]
    [InlineData(DialingMode.Preview)]
    [InlineData(DialingMode.Progressive)]
    [InlineData(DialingMode.Power)]
    [InlineData(DialingMode.Adaptive)]
    [InlineData(DialingMode.Predictive)]
    public void Factory_creates_the_pacer_of_each_mode(DialingMode mode)
    {
        Assert.Equal(mode, PacerFactory.Create(mode, new PacingOptions(), new ManualClock()).Mode);
    }
}
