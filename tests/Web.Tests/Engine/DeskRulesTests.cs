using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.Web.Engine;

namespace Outreach.Web.Tests.Engine;

/// <summary>The checks the desktop and the dashboard make before a command reaches a grain.</summary>
public sealed class DeskRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DispositionOption[] Options = [new("accepted", "Accepted", true), new("callback", "Call back later", false)];

    private static DispositionRequest Request(string code = "accepted", string? notes = null, DateTimeOffset? callbackAt = null, bool toMe = false) =>
        new("call-1", code, notes, callbackAt, toMe, null);

    [Fact]
    public void A_code_of_the_campaign_list_with_a_future_callback_passes() =>
        Assert.True(DispositionCheck.Validate(Request("callback", "call at lunch", Now.AddHours(2), toMe: true), Options, Now).Ok);

    [Theory]
    [InlineData("", "dispositionCode")]
    [InlineData("sold", "dispositionCode")]
    public void A_code_outside_the_list_names_the_field(string code, string field)
    {
        var outcome = DispositionCheck.Validate(Request(code), Options, Now);
        Assert.True(outcome.IsInvalid);
        Assert.Equal(field, outcome.Field);
    }

    [Fact]
    public void A_callback_in_the_past_or_too_far_ahead_is_refused()
    {
        Assert.Equal("callbackAt", DispositionCheck.Validate(Request(callbackAt: Now.AddMinutes(-1)), Options, Now).Field);
        Assert.Equal("callbackAt", DispositionCheck.Validate(Request(callbackAt: Now.AddDays(31)), Options, Now).Field);
        Assert.Equal("callbackAt", DispositionCheck.Validate(Request(toMe: true), Options, Now).Field);
    }

    [Fact]
    public void Notes_longer_than_the_limit_are_refused() =>
        Assert.Equal("notes", DispositionCheck.Validate(Request(notes: new string('x', DispositionCheck.MaxNotes + 1)), Options, Now).Field);

    [Fact]
    public void A_call_id_is_required() =>
        Assert.Equal("callId", DispositionCheck.Validate(Request() with { CallId = " " }, Options, Now).Field);

    [Theory]
    [InlineData("predictive", "0.025", true, null)]
    [InlineData("power", "0", true, null)]
    [InlineData("predictive", "0.03", true, null)]
    [InlineData("predictive", "0.031", false, "targetAbandonRate")]
    [InlineData("predictive", "-0.01", false, "targetAbandonRate")]
    [InlineData("turbo", "0.02", false, "mode")]
    [InlineData("agentless", "0.02", false, "mode")]
    public void Pacing_change_accepts_agent_modes_and_targets_up_to_three_percent(string mode, string target, bool ok, string? field)
    {
        var outcome = PacingChange.Validate(mode, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ok, outcome.Ok);
        Assert.Equal(field, outcome.Field);
    }

    [Fact]
    public void Pacing_change_without_a_target_names_it() => Assert.Equal("targetAbandonRate", PacingChange.Validate("predictive", null).Field);

    [Fact]
    public void Callback_time_is_read_in_the_subscribers_time_zone()
    {
        var at = CallbackTime.FromLocal("2026-07-01T18:30", "Europe/London", out var error);
        Assert.Null(error);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 17, 30, 0, TimeSpan.Zero), at);
        Assert.Equal("2026-07-01T18:30", CallbackTime.ToLocalText(at!.Value, "Europe/London"));
        Assert.Equal("2026-07-01 18:30 Europe/London", CallbackTime.Display(at.Value, "Europe/London"));
    }

    [Fact]
    public void Callback_time_in_an_unknown_zone_is_utc_and_unreadable_text_is_a_message()
    {
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 18, 30, 0, TimeSpan.Zero), CallbackTime.FromLocal("2026-07-01T18:30", "Mars/Olympus", out _));
        Assert.Null(CallbackTime.FromLocal("tomorrow", "Europe/London", out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Callback_time_skipped_by_a_clock_change_moves_an_hour_later()
    {
        // London skips 01:00–02:00 on 29 March 2026: 01:30 becomes 02:30 summer time, 01:30 UTC.
        var at = CallbackTime.FromLocal("2026-03-29T01:30", "Europe/London", out _);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), at);
        Assert.Equal("2026-03-29T02:30", CallbackTime.ToLocalText(at!.Value, "Europe/London"));
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(65, "1:05")]
    [InlineData(3600 + 62, "1:01:02")]
    [InlineData(-5, "0:00")]
    public void Elapsed_time_reads_like_a_clock(int seconds, string text) => Assert.Equal(text, ElapsedText.Format(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Averages_per_call_show_a_dash_without_calls()
    {
        Assert.Equal("—", ElapsedText.Average(TimeSpan.FromMinutes(3), 0));
        Assert.Equal("1:30", ElapsedText.Average(TimeSpan.FromMinutes(3), 2));
    }

    [Theory]
    [InlineData("OnCall", AgentStates.OnCall)]
    [InlineData("on_call", AgentStates.OnCall)]
    [InlineData("wrap-up", AgentStates.WrapUp)]
    [InlineData("LoggedOut", AgentStates.LoggedOut)]
    public void Agent_states_are_read_whatever_their_spelling(string published, string normalized) =>
        Assert.Equal(normalized, AgentStates.Normalize(published));

    [Fact]
    public void Agents_by_state_add_up_across_spellings() =>
        Assert.Equal(3, AgentStates.Count(new Dictionary<string, int> { ["OnCall"] = 1, ["on_call"] = 2 })[AgentStates.OnCall]);
}
