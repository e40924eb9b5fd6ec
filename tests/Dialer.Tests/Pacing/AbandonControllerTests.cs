using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

public sealed class AbandonControllerTests
{
    [Fact]
    public void Small_teams_get_a_lower_set_point_and_a_higher_floor()
    {
        var controller = new AbandonController(0.03, 0.05);
        Assert.True(controller.SetPoint(5) < controller.SetPoint(50));
        Assert.True(controller.SetPoint(200) <= 0.03 * 0.95 + 1e-12);
        Assert.True(AbandonController.MinSafety(5) > AbandonController.MinSafety(200));
    }

    [Fact]
    public void Safety_rises_with_abandons_and_falls_with_clean_answers()
    {
        var controller = new AbandonController(0.03, 0.05);
        var ledger = new AbandonLedger();
        var t = Snapshots.Start;
        controller.Update(ledger, 50, t);
        var start = controller.Safety;
        for (var i = 0; i < 100; i++) ledger.Human(t);
        controller.Update(ledger, 50, t);
        Assert.True(controller.Safety < start);
        var lowered = controller.Safety;
        for (var i = 0; i < 6; i++) ledger.Abandon(t);
        controller.Update(ledger, 50, t);
        Assert.True(controller.Safety > lowered);
    }

    [Fact]
    public void Hour_guard_stops_overdialling_once_one_more_abandon_could_break_the_hour()
    {
        var controller = new AbandonController(0.03, 0.05);
        var ledger = new AbandonLedger();
        var t = Snapshots.Start;
        for (var i = 0; i < 40; i++) ledger.Human(t);
        controller.Update(ledger, 5, t);
        Assert.False(controller.HourGuard);                           // 0 + 1 ≤ 0.8 × 5% × 40 = 1.6
        ledger.Abandon(t);
        controller.Update(ledger, 5, t);
        Assert.True(controller.HourGuard);                            // 1 + 1 > 1.6
        Assert.Equal(AbandonController.MaxSafety, controller.Safety);
    }
}
