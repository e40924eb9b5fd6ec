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
        var t = Snapshots.Start.AddMinutes(40);                       // two thirds of the hour: 40 answers project to 60
        for (var i = 0; i < 40; i++) ledger.Human(t);
        controller.Update(ledger, 5, t);
        Assert.False(controller.HourGuard);
        Assert.Equal(2.4, controller.AbandonsLeftThisHour, 6);        // 0.8 × 5% × 60
        ledger.Abandon(t);
        controller.Update(ledger, 5, t);
        Assert.False(controller.HourGuard);                           // room for one more (the pacer keeps one call ahead)
        Assert.Equal(1.4, controller.AbandonsLeftThisHour, 6);
        ledger.Abandon(t);
        controller.Update(ledger, 5, t);
        Assert.True(controller.HourGuard);                            // 0.4 left: one more would break the hour
        Assert.Equal(AbandonController.MaxSafety, controller.Safety);
    }

    [Fact]
    public void A_first_hour_is_not_judged_on_its_first_minutes()
    {
        var controller = new AbandonController(0.03, 0.05);
        var ledger = new AbandonLedger();
        var t = Snapshots.Start.AddMinutes(3);
        for (var i = 0; i < 10; i++) ledger.Human(t);
        controller.Update(ledger, 50, t);
        // 10 answers in 3 minutes stand for a quarter of the hour at least (40): room for 1.6 abandons, not 0.4.
        Assert.False(controller.HourGuard);
        Assert.Equal(1.6, controller.AbandonsLeftThisHour, 6);
    }

    [Fact]
    public void The_integral_step_shrinks_as_answers_accumulate()
    {
        Assert.Equal(0.2, AbandonController.Gain(0), 6);
        Assert.Equal(0.2, AbandonController.Gain(300), 6);
        Assert.Equal(0.1, AbandonController.Gain(1200), 6);              // 0.2·√(300/1200)
        Assert.Equal(0.05, AbandonController.Gain(100_000), 6);          // floor
    }

    [Fact]
    public void The_hour_budget_raises_safety_only_when_it_runs_below_the_set_point()
    {
        var controller = new AbandonController(0.03, 0.05);
        var ledger = new AbandonLedger();
        var halfPast = Snapshots.Start.AddMinutes(30);
        for (var i = 0; i < 100; i++) ledger.Human(halfPast);
        var setPoint = controller.SetPoint(20);                          // 0.03·(1 − 1.2/20^¾) = 0.026193
        Assert.Equal(0.026193, setPoint, 5);
        for (var i = 0; i < 3; i++) ledger.Abandon(halfPast);
        // 200 answers projected for the hour: (0.8·5%·200 − 3) / (200 − 100) = 5% left, above the set point.
        Assert.Equal(0, controller.HourCorrection(ledger, setPoint, halfPast));
        for (var i = 0; i < 3; i++) ledger.Abandon(halfPast);
        // (8 − 6) / 100 = 2% left: ln(0.026193 / 0.02) / 3 = 0.0899.
        Assert.Equal(0.0899, controller.HourCorrection(ledger, setPoint, halfPast), 4);
        for (var i = 0; i < 2; i++) ledger.Abandon(halfPast);
        Assert.Equal(AbandonController.MaxSafety, controller.HourCorrection(ledger, setPoint, halfPast));
    }
}
