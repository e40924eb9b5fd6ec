using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Tests.Compliance;

public sealed class ComplianceGateTests
{
    // Monday 2 March 2026, 12:00 UTC: noon in London (GMT), 07:00 in New York (EST).
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly JurisdictionProfile Us = JurisdictionProfile.UnitedStates;
    private static readonly JurisdictionProfile Uk = JurisdictionProfile.UnitedKingdom;

    private static AttemptCandidate Candidate(string zone = "Europe/London", params PastAttempt[] history) => new()
    {
        CampaignId = 9, SubscriberId = 5, Phone = "+447700900123", TimeZoneId = zone,
        CallerId = "+442071234567", History = history,
    };

    private static Verdict Check(AttemptCandidate candidate, DateTimeOffset now, JurisdictionProfile? profile = null) =>
        ComplianceGate.Check(candidate, ComplianceContext.WithoutDoNotCall(now, profile ?? Uk));

    [Fact]
    public void Attempt_inside_hours_with_nothing_against_it_is_allowed() =>
        Assert.Same(Verdict.Allow, Check(Candidate(), Noon));

    [Fact]
    public void Attempt_without_caller_id_is_refused()
    {
        var verdict = Check(Candidate() with { CallerId = " " }, Noon);
        Assert.Equal((false, ComplianceRule.CallerId, null), (verdict.Allowed, verdict.Rule, verdict.RetryAfter));
        Assert.Equal("Campaign 9 has no caller id; every call must show one.", verdict.Reason);
    }

    [Fact]
    public void Numbers_on_the_global_or_campaign_do_not_call_list_are_refused()
    {
        var global = ComplianceGate.Check(Candidate(), new ComplianceContext(Noon, Uk, p => p == "+447700900123", _ => false));
        var campaign = ComplianceGate.Check(Candidate(), new ComplianceContext(Noon, Uk, _ => false, p => p == "+447700900123"));

        Assert.Equal(ComplianceRule.GlobalDoNotCall, global.Rule);
        Assert.Equal(ComplianceRule.CampaignDoNotCall, campaign.Rule);
        Assert.Equal("+447700900123 is on this campaign's do-not-call list.", campaign.Reason);
    }

    [Fact]
    public void Unknown_time_zone_is_refused_with_its_name()
    {
        var verdict = Check(Candidate("Mars/Olympus"), Noon);
        Assert.Equal(ComplianceRule.TimeZone, verdict.Rule);
        Assert.Contains("'Mars/Olympus'", verdict.Reason);
    }

    [Fact]
    public void Calling_hours_are_in_the_subscribers_local_time_with_the_opening_as_retry()
    {
        var verdict = Check(Candidate("America/New_York"), Noon, Us);

        Assert.Equal(ComplianceRule.CallingHours, verdict.Rule);
        Assert.Equal("It is 07:00 in America/New_York; calling hours are 08:00–21:00.", verdict.Reason);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 13, 0, 0, TimeSpan.Zero), verdict.RetryAfter);
    }

    [Fact]
    public void After_closing_the_retry_is_the_next_mornings_opening()
    {
        var lateEvening = new DateTimeOffset(2026, 3, 2, 21, 30, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero), Check(Candidate(), lateEvening).RetryAfter);
    }

    [Fact]
    public void Calling_hours_follow_daylight_saving_time()
    {
        // 07:30 UTC is 07:30 GMT on Saturday 28 March 2026 and 08:30 BST on Monday 30 March.
        Assert.Equal(ComplianceRule.CallingHours, Check(Candidate(), new DateTimeOffset(2026, 3, 28, 7, 30, 0, TimeSpan.Zero)).Rule);
        Assert.True(Check(Candidate(), new DateTimeOffset(2026, 3, 30, 7, 30, 0, TimeSpan.Zero)).Allowed);
    }

    [Fact]
    public void Opening_across_the_clock_change_uses_the_new_offset()
    {
        var saturdayNight = new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.Zero);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero), Check(Candidate(), saturdayNight).RetryAfter);
    }

    [Fact]
    public void Window_may_run_past_midnight()
    {
        var night = Uk with { CallingHours = new(new(20, 0), new(2, 0)) };
        Assert.True(Check(Candidate(), new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero), night).Allowed);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 20, 0, 0, TimeSpan.Zero), Check(Candidate(), Noon, night).RetryAfter);
    }

    [Fact]
    public void Too_many_attempts_in_a_day_wait_until_the_oldest_leaves_the_day()
    {
        var verdict = Check(Candidate(history: [new(Noon.AddHours(-20)), new(Noon.AddHours(-10)), new(Noon.AddHours(-1))]), Noon);

        Assert.Equal(ComplianceRule.AttemptsPerDay, verdict.Rule);
        Assert.Equal(Noon.AddHours(4), verdict.RetryAfter);
        Assert.True(Check(Candidate(history: [new(Noon.AddHours(-25)), new(Noon.AddHours(-10)), new(Noon.AddHours(-1))]), Noon).Allowed);
    }

    [Fact]
    public void Too_many_attempts_in_a_week_are_refused()
    {
        var history = Enumerable.Range(1, 7).Select(d => new PastAttempt(Noon.AddDays(-d).AddHours(1))).ToArray();
        var verdict = Check(Candidate(history: history), Noon, Us with { CallingHours = new(new(0, 0), new(23, 59)) });

        Assert.Equal(ComplianceRule.AttemptsPerWeek, verdict.Rule);
        Assert.Equal(Noon.AddHours(1), verdict.RetryAfter);
    }

    [Fact]
    public void Abandoned_number_is_not_redialled_within_72_hours_in_the_UK()
    {
        var abandonedAt = Noon.AddHours(-30);
        var verdict = Check(Candidate(history: new PastAttempt(abandonedAt, Abandoned: true)), Noon);

        Assert.Equal(ComplianceRule.AbandonedRedial, verdict.Rule);
        Assert.Equal(abandonedAt.AddHours(72), verdict.RetryAfter);
    }

    [Fact]
    public void Abandoned_number_may_be_redialled_with_a_reserved_agent_or_under_US_rules()
    {
        var candidate = Candidate(history: new PastAttempt(Noon.AddHours(-30), Abandoned: true));
        Assert.True(Check(candidate with { AgentReserved = true }, Noon).Allowed);
        Assert.True(Check(candidate, Noon, Us with { CallingHours = new(new(0, 0), new(23, 59)) }).Allowed);
    }

    [Fact]
    public void No_answer_timeout_shorter_than_15_seconds_is_refused_and_raised()
    {
        Assert.Equal(ComplianceRule.RingTime, ComplianceGate.CheckRingTime(TimeSpan.FromSeconds(10), Uk).Rule);
        Assert.True(ComplianceGate.CheckRingTime(TimeSpan.FromSeconds(15), Uk).Allowed);
        Assert.Equal(TimeSpan.FromSeconds(15), Uk.NoAnswerTimeout(TimeSpan.FromSeconds(8)));
    }
}
