using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.TestSupport;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>Live answers reach the longest-idle agent or are abandoned at the limit; agents' commands are safe to repeat.</summary>
public sealed class RoutingTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private readonly EngineWorld world = new(db.DataSource);

    [Fact]
    public async Task A_live_answer_goes_to_the_agent_idle_longest()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(1));
        var (first, second) = (await world.AgentAsync(), await world.AgentAsync());
        await EngineSteps.ReadyAsync(silo, first, campaign);
        await silo.AdvanceAsync(TimeSpan.FromSeconds(5));
        await EngineSteps.ReadyAsync(silo, second, campaign);
        var known = await Eventually.Get(() => silo.Grains.GetGrain<ICampaignGrain>(campaign).GetBoardAsync(), b => b.AgentsByState.GetValueOrDefault("Ready") == 2);
        Assert.Equal(2, known.AgentsByState.GetValueOrDefault("Ready"));
        Assert.True((await silo.Grains.GetGrain<ICampaignGrain>(campaign).StartAsync("marketer")).Ok);

        await silo.Grains.GetGrain<ICampaignCalls>(campaign).TickAsync();
        await silo.AdvanceAsync(TimeSpan.FromSeconds(4));

        var board = await Eventually.Get(() => silo.Grains.GetGrain<IAgentGrain>(first).GetBoardAsync(), b => b.State == "OnCall");
        Assert.Equal("OnCall", board.State);
        Assert.Equal(campaign, board.Call!.CampaignId);
        Assert.Equal("Ready", (await silo.Grains.GetGrain<IAgentGrain>(second).GetBoardAsync()).State);
    }

    [Fact]
    public async Task A_spanish_speaking_subscriber_goes_to_the_agent_who_speaks_spanish_before_the_one_idle_longest()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(1, language: "es"));
        var (english, bilingual) = (await world.AgentAsync("en"), await world.AgentAsync("en", "es"));
        await EngineSteps.ReadyAsync(silo, english, campaign);
        await silo.AdvanceAsync(TimeSpan.FromSeconds(5));
        await EngineSteps.ReadyAsync(silo, bilingual, campaign);
        await Eventually.Get(() => silo.Grains.GetGrain<ICampaignGrain>(campaign).GetBoardAsync(), b => b.AgentsByState.GetValueOrDefault("Ready") == 2);
        Assert.True((await silo.Grains.GetGrain<ICampaignGrain>(campaign).StartAsync("marketer")).Ok);

        await silo.Grains.GetGrain<ICampaignCalls>(campaign).TickAsync();
        await silo.AdvanceAsync(TimeSpan.FromSeconds(4));

        var board = await Eventually.Get(() => silo.Grains.GetGrain<IAgentGrain>(bilingual).GetBoardAsync(), b => b.State == "OnCall");
        Assert.Equal("OnCall", board.State);
        Assert.Equal("Ready", (await silo.Grains.GetGrain<IAgentGrain>(english).GetBoardAsync()).State);
    }

    [Fact]
    public async Task A_live_answer_no_agent_takes_within_the_limit_is_abandoned_with_the_message()
    {
        // No presence refresh and no pacing tick: nothing but the connect limit itself may end the wait.
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human",
            settings: new Dictionary<string, string?> { ["Engine:PresenceRefreshSeconds"] = "0" });
        var settings = new CampaignSettings { AbandonMessage = "Sorry, all our agents were busy. We will call again." };
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(1), settings: settings);
        var agent = await world.AgentAsync();
        await EngineSteps.ReadyAsync(silo, agent, campaign);
        Assert.True((await EngineSteps.StartWhenAgentKnownAsync(silo, campaign)).Ok);
        var calls = silo.Grains.GetGrain<ICampaignCalls>(campaign);
        await calls.TickAsync();
        Assert.True((await silo.Grains.GetGrain<IAgentGrain>(agent).PauseAsync("Coffee")).Ok);

        await silo.AdvanceAsync(TimeSpan.FromSeconds(4));   // answered and classified at 3.5 s: waits for an agent
        await silo.AdvanceAsync(TimeSpan.FromSeconds(1.5), step: TimeSpan.FromSeconds(1.5));   // its 2-second limit, and no further

        // The subscriber hears the campaign's message, and it starts within the limit: no tick is needed for it.
        var played = await Eventually.Get(() => Task.FromResult(silo.Network.PromptsPlayed), p => p.Count > 0);
        var prompt = Assert.Single(played);
        Assert.Equal((settings.AbandonMessage, campaign), (prompt.Text, prompt.CampaignId));
        Assert.InRange(prompt.AfterGreeting!.Value, TimeSpan.Zero, TimeSpan.FromSeconds(2));
        var attempts = await EngineSteps.AttemptsSettledAsync(world, silo, campaign, a => a.Any(x => x.Outcome is not null));
        var attempt = Assert.Single(attempts);
        Assert.Equal(("abandoned", "human", attempt.Id), (attempt.ConnectResult, attempt.AnswerClass, prompt.AttemptId));
        var board = await silo.Grains.GetGrain<ICampaignGrain>(campaign).GetBoardAsync();
        Assert.Equal(1, board.Abandoned);
        Assert.Equal(1.0, board.AbandonRateCampaign);
    }

    [Fact]
    public async Task A_disposition_for_a_call_the_agent_does_not_hold_is_refused()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(1));
        var agent = await world.AgentAsync();
        await EngineSteps.ReadyAsync(silo, agent, campaign);

        var outcome = await silo.Grains.GetGrain<IAgentGrain>(agent).SetDispositionAsync(
            new DispositionRequest("sim-999", "accepted", null, null, false, null));

        Assert.False(outcome.Ok);
        Assert.Contains("holds no call", outcome.Problem);
    }

    [Fact]
    public async Task Ready_twice_and_hang_up_twice_are_harmless()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(1));
        var agent = await world.AgentAsync();
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        await EngineSteps.ReadyAsync(silo, agent, campaign);
        var before = await grain.GetBoardAsync();
        await silo.AdvanceAsync(TimeSpan.FromSeconds(2));

        Assert.True((await grain.ReadyAsync()).Ok);
        Assert.True((await grain.HangUpAsync("sim-1")).Ok);
        Assert.True((await grain.HangUpAsync("sim-1")).Ok);

        var after = await grain.GetBoardAsync();
        Assert.Equal("Ready", after.State);
        Assert.Equal(before.StateSince, after.StateSince);
    }

    [Fact]
    public async Task A_connected_call_ends_in_wrap_up_and_the_disposition_is_stored_once()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var (campaign, agent) = await EngineSteps.DialOnceAsync(world, silo, await world.SubscribersAsync(1));
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        var onCall = await Eventually.Get(() => grain.GetBoardAsync(), b => b.State == "OnCall");
        // The agent talks a moment (the customer stays 20 s): on a loaded machine the connect can land on the virtual
        // clock's last step, and a hang-up at that same instant would leave an on-call span of no length, not journaled.
        await silo.AdvanceAsync(TimeSpan.FromSeconds(2));

        Assert.True((await grain.HangUpAsync(onCall.Call!.CallId)).Ok);
        Assert.Equal("WrapUp", (await grain.GetBoardAsync()).State);
        Assert.True((await grain.SetDispositionAsync(new DispositionRequest(onCall.Call.CallId, "accepted", "Keen", null, false, null))).Ok);
        Assert.False((await grain.SetDispositionAsync(new DispositionRequest(onCall.Call.CallId, "declined", null, null, false, null))).Ok);

        var attempts = await EngineSteps.AttemptsSettledAsync(world, silo, campaign, a => a.Any(x => x.DispositionCode is not null));
        var attempt = Assert.Single(attempts);
        Assert.Equal(("connected", "accepted", (int?)agent), (attempt.ConnectResult, attempt.DispositionCode, attempt.AgentId));
        Assert.Equal("done", (await world.EntriesAsync(campaign))[0].Status);
        var today = (await grain.GetBoardAsync()).Today;
        Assert.Equal(1, today.Calls);
        // State spans reach the table through the batched journal, like the attempt rows: flush until they are there.
        var onCallSpans = await Eventually.Settled(async () =>
        {
            await silo.FlushAsync();
            return await world.ScalarAsync<int>("select count(*) from agent_state_changes where agent_id = @agent and state = 'on_call'", new { agent });
        }, n => n >= 1);
        Assert.Equal(1, onCallSpans);
    }

}
