using Outreach.Telephony.Simulated;

namespace Outreach.Telephony.Tests;

public sealed class SimulatedCallNetworkTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Busy_call_completes_after_fail_fast_without_ringing()
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.Busy));
        var id = await h.PlaceAsync();
        h.Run(TimeSpan.FromSeconds(5));

        var done = Assert.Single(h.Events.Of<CallCompleted>());
        Assert.Equal((id, NetworkOutcome.Busy), (done.CallId, done.Outcome));
        Assert.Equal(TimeSpan.FromSeconds(2), h.Since(done.EndedAt));
        Assert.Empty(h.Events.Of<CallRinging>());
    }

    [Fact]
    public async Task Unanswered_call_rings_then_completes_at_the_no_answer_timeout()
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.NoAnswer));
        await h.PlaceAsync();
        h.Run(TimeSpan.FromSeconds(29.5));
        Assert.Empty(h.Events.Of<CallCompleted>());
        h.Run(TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(1), h.Since(Assert.Single(h.Events.Of<CallRinging>()).At));
        var done = Assert.Single(h.Events.Of<CallCompleted>());
        Assert.Equal(NetworkOutcome.NoAnswer, done.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(30), h.Since(done.EndedAt));
    }

    [Fact]
    public async Task Human_answer_is_classified_at_greeting_end_then_bridged_until_the_customer_hangs_up()
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.Answered, AnswerClass.Human));
        var id = await h.PlaceAsync();
        h.Run(TimeSpan.FromSeconds(8));

        var answered = Assert.Single(h.Events.Of<CallAnswered>());
        Assert.Equal(AnswerClass.Human, answered.Class);
        Assert.Equal(TimeSpan.FromSeconds(6), h.Since(answered.AnsweredAt));
        Assert.Equal(TimeSpan.FromSeconds(8), h.Since(answered.GreetingEndedAt));
        Assert.True(await h.Network.BridgeToAgentAsync(id, "agent-leg-1", Ct));

        h.Run(TimeSpan.FromSeconds(61));
        var done = Assert.Single(h.Events.Of<CallCompleted>());
        Assert.Equal((NetworkOutcome.Answered, true), (done.Outcome, done.EndedByCustomer));
        Assert.Equal(TimeSpan.FromSeconds(68), h.Since(done.EndedAt));
    }

    [Fact]
    public async Task Unbridged_answer_hangs_up_on_its_own_and_a_late_bridge_fails()
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.Answered, AnswerClass.Human));
        var id = await h.PlaceAsync();
        h.Run(TimeSpan.FromSeconds(20));

        var done = Assert.Single(h.Events.Of<CallCompleted>());
        Assert.True(done.EndedByCustomer);
        Assert.Equal(TimeSpan.FromSeconds(16), h.Since(done.EndedAt));
        Assert.False(await h.Network.BridgeToAgentAsync(id, "agent-leg-1", Ct));
        Assert.False(await h.Network.PlayPromptAsync(id, "sorry", Ct));
    }

    [Fact]
    public async Task Machine_answer_takes_a_prompt_and_the_engine_hangs_up()
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.Answered, AnswerClass.Machine));
        var id = await h.PlaceAsync();
        h.Run(TimeSpan.FromSeconds(8));

        var answered = Assert.Single(h.Events.Of<CallAnswered>());
        Assert.Equal(AnswerClass.Machine, answered.Class);
        h.Run(TimeSpan.FromSeconds(1));
        Assert.True(await h.Network.PlayPromptAsync(id, "offer-message", Ct));
        await h.Network.HangUpAsync(id, Ct);
        Assert.False(await h.Network.PlayPromptAsync(id, "too late", Ct));

        // What the subscriber heard is kept: the text, the call and when, against the end of the greeting.
        var played = Assert.Single(h.Network.PromptsPlayed);
        Assert.Equal((id, "offer-message", answered.GreetingEndedAt, (TimeSpan?)TimeSpan.FromSeconds(1)),
            (played.CallId, played.Text, played.GreetingEndedAt, played.AfterGreeting));
        var done = Assert.Single(h.Events.Of<CallCompleted>());
        Assert.Equal((NetworkOutcome.Answered, false), (done.Outcome, done.EndedByCustomer));
    }

    [Fact]
    public async Task Hanging_up_an_unknown_or_finished_call_is_harmless()
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.Busy));
        var id = await h.PlaceAsync();
        await h.Network.HangUpAsync("no-such-call", Ct);
        await h.Network.HangUpAsync(id, Ct);
        await h.Network.HangUpAsync(id, Ct);
        h.Run(TimeSpan.FromSeconds(5));

        var done = Assert.Single(h.Events.Of<CallCompleted>());
        Assert.Equal(NetworkOutcome.NoAnswer, done.Outcome);
        Assert.Equal(0, h.Network.LiveCalls);
    }

    [Fact]
    public async Task A_subscriber_may_bridge_from_inside_its_handler()
    {
        NetworkHarness? h = null;
        var bridged = false;
        h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.Answered, AnswerClass.Human), react: e =>
        {
            if (e is CallAnswered a) bridged = h!.Network.BridgeToAgentAsync(a.CallId, "leg", Ct).Result;
        });
        await h.PlaceAsync();
        h.Run(TimeSpan.FromSeconds(30));

        Assert.True(bridged);
        Assert.Empty(h.Events.Of<CallCompleted>());
    }

    [Theory]
    [InlineData("+447700900123", "", NetworkOutcome.Rejected)]
    [InlineData("07700900123", "+442071234567", NetworkOutcome.Invalid)]
    public async Task Network_refuses_a_call_without_caller_id_or_to_a_number_not_in_E164(
        string to, string callerId, NetworkOutcome expected)
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.Answered, AnswerClass.Human));
        await h.PlaceAsync(to: to, callerId: callerId);
        h.Run(TimeSpan.FromSeconds(3));

        Assert.Equal(expected, Assert.Single(h.Events.Of<CallCompleted>()).Outcome);
    }

    [Fact]
    public void Scenario_whose_probabilities_exceed_one_is_refused()
    {
        var scenario = new SimulatedNetworkScenario { HumanProbability = 0.9, NoAnswerProbability = 0.5 };
        var ex = Assert.Throws<ArgumentException>(() => new NetworkHarness(scenario));
        Assert.Contains("more than 1", ex.Message);
    }
}
