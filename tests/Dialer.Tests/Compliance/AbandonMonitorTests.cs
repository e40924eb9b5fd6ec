using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Tests.Compliance;

public sealed class AbandonMonitorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static AbandonMonitor MonitorWith(JurisdictionProfile profile, int live, int abandoned, DateTimeOffset at)
    {
        var monitor = new AbandonMonitor(profile);
        for (var i = 0; i < live; i++) monitor.RecordLiveAnswer(at, abandoned: i < abandoned);
        return monitor;
    }

    [Fact]
    public void Machine_calls_found_to_be_people_count_as_abandoned()
    {
        var monitor = MonitorWith(JurisdictionProfile.UnitedKingdom, 99, 0, T0);
        monitor.RecordMachineFoundToBePerson(T0);

        Assert.Equal(new AbandonCounts(100, 1), monitor.Evaluate(T0.AddMinutes(1)).Rolling);
    }

    [Fact]
    public void Misclassified_machines_are_left_out_when_the_profile_says_so()
    {
        var monitor = MonitorWith(JurisdictionProfile.UnitedStates with { MisclassifiedMachinesCountAsAbandoned = false }, 99, 0, T0);
        monitor.RecordMachineFoundToBePerson(T0);

        Assert.Equal(new AbandonCounts(99, 0), monitor.Evaluate(T0.AddMinutes(1)).Rolling);
    }

    [Fact]
    public void UK_rate_forgets_yesterday_while_the_US_rate_keeps_30_days()
    {
        var tomorrow = T0.AddHours(30);
        Assert.Equal(0, MonitorWith(JurisdictionProfile.UnitedKingdom, 100, 10, T0).Evaluate(tomorrow).Rolling.LiveAnswers);
        Assert.Equal(0.10, MonitorWith(JurisdictionProfile.UnitedStates, 100, 10, T0).Evaluate(tomorrow).Rolling.Rate, 6);
    }

    [Fact]
    public void Last_hour_over_the_target_by_half_pauses_the_campaign_with_an_alert()
    {
        var status = MonitorWith(JurisdictionProfile.UnitedKingdom, 100, 5, T0).Evaluate(T0.AddMinutes(10));

        Assert.True(status.PauseRequired);
        Assert.True(status.OverLimit);
        Assert.Equal("Abandon rate over the last hour is 5.0% (5 of 100 live answers), above 4.5% (limit 3.0%); the campaign is paused.", status.Alert);
    }

    [Fact]
    public void Last_hour_over_the_target_by_less_than_half_does_not_pause()
    {
        var status = MonitorWith(JurisdictionProfile.UnitedKingdom, 100, 4, T0).Evaluate(T0.AddMinutes(10));
        Assert.Equal((false, true, null), (status.PauseRequired, status.OverLimit, status.Alert));
    }

    [Fact]
    public void A_handful_of_calls_does_not_pause_the_campaign()
    {
        Assert.False(MonitorWith(JurisdictionProfile.UnitedKingdom, 5, 2, T0).Evaluate(T0.AddMinutes(1)).PauseRequired);
    }

    [Fact]
    public void An_hour_later_the_pause_signal_is_gone_but_the_rolling_rate_remembers()
    {
        var status = MonitorWith(JurisdictionProfile.UnitedKingdom, 100, 5, T0).Evaluate(T0.AddMinutes(70));
        Assert.Equal((false, 0.05), (status.PauseRequired, status.Rolling.Rate));
    }
}
