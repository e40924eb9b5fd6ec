using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Tests.Compliance;

public sealed class ComplianceReportBuilderTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static ReportedAttempt Attempt(long subscriber, double hoursAfterNoon, bool abandoned = false, bool agentReserved = false) => new()
    {
        SubscriberId = subscriber, Phone = $"+4477009000{subscriber:00}", TimeZoneId = "Europe/London",
        PlacedAt = Noon.AddHours(hoursAfterNoon), CallerId = "+442071234567", Abandoned = abandoned, AgentReserved = agentReserved,
    };

    private static AbandonStatus Status(long live, long abandoned) =>
        new(new AbandonCounts(live, abandoned), new AbandonCounts(live, abandoned), 0.03, false, null);

    [Fact]
    public void Clean_campaign_has_every_figure_within_its_limit()
    {
        var report = new ComplianceReportBuilder(9, JurisdictionProfile.UnitedKingdom)
            .Add([Attempt(1, 0), Attempt(1, 3), Attempt(2, 1)])
            .Build(Status(200, 4), TimeSpan.FromSeconds(25), Noon.AddHours(5));

        Assert.True(report.Compliant);
        Assert.Equal(9, report.Figures.Count);
        Assert.Equal(2, report.Figures.Single(f => f.Rule == ComplianceRule.AttemptsPerDay).Value);
    }

    [Fact]
    public void Each_breach_is_reported_against_its_limit()
    {
        var late = Attempt(3, 10) with { CallerId = null, OnDoNotCall = true };
        var report = new ComplianceReportBuilder(9, JurisdictionProfile.UnitedKingdom)
            .Add([Attempt(1, 0), Attempt(1, 1), Attempt(1, 2), Attempt(1, 3), Attempt(2, 0, abandoned: true), Attempt(2, 5), late])
            .Build(Status(100, 5), TimeSpan.FromSeconds(12), Noon.AddHours(12));

        Assert.Equal(
            [ComplianceRule.AbandonRate, ComplianceRule.AutoPause, ComplianceRule.AttemptsPerDay, ComplianceRule.CallerId,
             ComplianceRule.CallingHours, ComplianceRule.GlobalDoNotCall, ComplianceRule.RingTime, ComplianceRule.AbandonedRedial],
            report.Breaches.Select(b => b.Rule));
        var ring = report.Figures.Single(f => f.Rule == ComplianceRule.RingTime);
        Assert.Equal((12, 15, true), (ring.Value, ring.Limit, ring.AtLeast));
    }

    [Fact]
    public void Redial_of_an_abandoned_number_with_a_reserved_agent_is_not_a_breach()
    {
        var report = new ComplianceReportBuilder(9, JurisdictionProfile.UnitedKingdom)
            .Add([Attempt(2, 0, abandoned: true), Attempt(2, 5, agentReserved: true)])
            .Build(Status(10, 0), TimeSpan.FromSeconds(20), Noon.AddHours(6));

        Assert.Equal(0, report.Figures.Single(f => f.Rule == ComplianceRule.AbandonedRedial).Value);
    }

    [Fact]
    public void US_report_has_no_redial_figure_and_names_its_30_day_period()
    {
        var report = new ComplianceReportBuilder(9, JurisdictionProfile.UnitedStates).Build(Status(0, 0), TimeSpan.FromSeconds(20), Noon);

        Assert.DoesNotContain(report.Figures, f => f.Rule == ComplianceRule.AbandonedRedial);
        Assert.Equal("Abandon rate over 30 days", report.Figures[0].Name);
    }

    [Fact]
    public void Most_attempts_in_any_period_slides_over_the_times()
    {
        DateTimeOffset[] times = [Noon, Noon.AddHours(20), Noon.AddHours(30), Noon.AddHours(45), Noon.AddHours(50)];
        Assert.Equal(3, ComplianceReportBuilder.MostInAnyPeriod(times, TimeSpan.FromDays(1)));
        Assert.Equal(5, ComplianceReportBuilder.MostInAnyPeriod(times, TimeSpan.FromDays(7)));
    }
}
