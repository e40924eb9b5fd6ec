using Outreach.Dialer.Engine;
using Outreach.TestSupport;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>Preview mode (D1): the agent sees the contact first, and the call placed is theirs.</summary>
public sealed class PreviewTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private readonly EngineWorld world = new(db.DataSource);

    [Fact]
    public async Task A_ready_agent_is_shown_the_next_contact_and_nothing_is_dialled_until_they_call_it()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var subscribers = await world.SubscribersAsync(2);
        var (campaign, agent) = await StartedAsync(silo, subscribers);
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);

        var shown = await ShownAsync(silo, campaign, agent);
        await silo.AdvanceAsync(TimeSpan.FromSeconds(5));
        await silo.Grains.GetGrain<ICampaignCalls>(campaign).TickAsync();
        await silo.FlushAsync();
        Assert.Empty(await world.AttemptsAsync(campaign));
        Assert.Contains(shown.SubscriberId, subscribers);

        Assert.True((await grain.CallPreviewAsync()).Ok);
        var ringing = await grain.GetBoardAsync();
        Assert.Equal("Reserved", ringing.State);
        Assert.NotNull(ringing.Preview!.CallId);
        await silo.AdvanceAsync(TimeSpan.FromSeconds(4));

        var onCall = await Eventually.Get(() => grain.GetBoardAsync(), b => b.State == "OnCall");
        Assert.Equal(shown.SubscriberId, onCall.Call!.SubscriberId);
        Assert.Null(onCall.Preview);
        var attempts = await EngineSteps.AttemptsSettledAsync(world, silo, campaign, a => a.Count >= 1);
        Assert.Equal(shown.SubscriberId, Assert.Single(attempts).SubscriberId);
    }

    [Fact]
    public async Task The_live_answer_goes_to_the_agent_who_called_not_to_the_agent_idle_longest()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(2), mode: "preview");
        var (first, second) = (await world.AgentAsync(), await world.AgentAsync());
        await EngineSteps.ReadyAsync(silo, first, campaign);
        await silo.AdvanceAsync(TimeSpan.FromSeconds(5));
        await EngineSteps.ReadyAsync(silo, second, campaign);
        Assert.True((await EngineSteps.StartWhenAgentKnownAsync(silo, campaign)).Ok);
        var firstShown = await ShownAsync(silo, campaign, first);
        var secondShown = await ShownAsync(silo, campaign, second);
        Assert.NotEqual(firstShown.EntryId, secondShown.EntryId);

        Assert.True((await silo.Grains.GetGrain<IAgentGrain>(second).CallPreviewAsync()).Ok);
        await silo.AdvanceAsync(TimeSpan.FromSeconds(4));

        var onCall = await Eventually.Get(() => silo.Grains.GetGrain<IAgentGrain>(second).GetBoardAsync(), b => b.State == "OnCall");
        Assert.Equal(secondShown.SubscriberId, onCall.Call!.SubscriberId);
        var waiting = await silo.Grains.GetGrain<IAgentGrain>(first).GetBoardAsync();
        Assert.Equal("Ready", waiting.State);
        Assert.Equal(firstShown.EntryId, waiting.Preview!.EntryId);
    }

    [Fact]
    public async Task A_skipped_contact_waits_an_hour_and_the_next_one_is_shown()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var (campaign, agent) = await StartedAsync(silo, await world.SubscribersAsync(2));
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        var skipped = await ShownAsync(silo, campaign, agent);

        Assert.True((await grain.SkipPreviewAsync()).Ok);
        Assert.Null((await grain.GetBoardAsync()).Preview);

        var next = await ShownAsync(silo, campaign, agent);
        Assert.NotEqual(skipped.EntryId, next.EntryId);
        var entry = await Eventually.Get(async () =>
        {
            await silo.FlushAsync();
            return (await world.EntriesAsync(campaign)).Single(e => e.Id == skipped.EntryId);
        }, e => e.Status == "retry");
        Assert.Equal("retry", entry.Status);
        Assert.Equal(0, entry.AttemptsMade);
        var later = new DateTimeOffset(DateTime.SpecifyKind(entry.NextAttemptAt!.Value, DateTimeKind.Utc)) - EngineSilo.Start;
        Assert.InRange(later.TotalMinutes, 59, 62);
    }

    [Fact]
    public async Task A_preview_call_nobody_answers_brings_the_agent_back_ready_with_a_note_and_the_next_contact()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "no_answer");
        var (campaign, agent) = await StartedAsync(silo, await world.SubscribersAsync(2));
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        var called = await ShownAsync(silo, campaign, agent);
        Assert.True((await grain.CallPreviewAsync()).Ok);

        await silo.AdvanceAsync(TimeSpan.FromSeconds(27));

        var back = await Eventually.Get(() => grain.GetBoardAsync(), b => b.State == "Ready" && b.PreviewNote is not null);
        Assert.Equal($"The call to {called.Phone} ended: no answer.", back.PreviewNote);
        var next = await ShownAsync(silo, campaign, agent);
        Assert.NotEqual(called.EntryId, next.EntryId);
        var attempts = await EngineSteps.AttemptsSettledAsync(world, silo, campaign, a => a.Any(x => x.Outcome is not null));
        Assert.Equal("no_answer", Assert.Single(attempts).Outcome);
    }

    [Fact]
    public async Task Pausing_gives_the_contact_back_and_it_is_shown_again_after_ready()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var (campaign, agent) = await StartedAsync(silo, await world.SubscribersAsync(1));
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        var shown = await ShownAsync(silo, campaign, agent);

        Assert.True((await grain.PauseAsync("Coffee")).Ok);
        Assert.Null((await grain.GetBoardAsync()).Preview);
        Assert.False((await grain.CallPreviewAsync()).Ok);
        Assert.True((await grain.ReadyAsync()).Ok);

        var again = await ShownAsync(silo, campaign, agent);
        Assert.Equal(shown.EntryId, again.EntryId);
    }

    [Fact]
    public async Task Changing_the_mode_takes_the_contacts_back_and_dialling_goes_on_as_usual()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var (campaign, agent) = await StartedAsync(silo, await world.SubscribersAsync(1));
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        await ShownAsync(silo, campaign, agent);

        Assert.True((await silo.Grains.GetGrain<ICampaignGrain>(campaign).ChangePacingAsync("manager", "progressive", 0.03m)).Ok);
        var calls = silo.Grains.GetGrain<ICampaignCalls>(campaign);
        await calls.TickAsync();
        await Eventually.Get(() => grain.GetBoardAsync(), b => b.Preview is null);
        await calls.TickAsync();
        await silo.AdvanceAsync(TimeSpan.FromSeconds(4));

        var onCall = await Eventually.Get(() => grain.GetBoardAsync(), b => b.State == "OnCall");
        Assert.Equal("OnCall", onCall.State);
    }

    [Fact]
    public async Task An_agent_moved_to_another_campaign_leaves_the_card_and_takes_that_campaigns_calls()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var (preview, agent) = await StartedAsync(silo, await world.SubscribersAsync(1));
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        await ShownAsync(silo, preview, agent);
        var progressive = await world.CampaignAsync(await world.SubscribersAsync(1));

        Assert.True((await grain.LogInAsync([progressive])).Ok);
        Assert.Null((await grain.GetBoardAsync()).Preview);
        Assert.True((await grain.ReadyAsync()).Ok);
        Assert.True((await EngineSteps.StartWhenAgentKnownAsync(silo, progressive)).Ok);
        await silo.Grains.GetGrain<ICampaignCalls>(progressive).TickAsync();
        await silo.AdvanceAsync(TimeSpan.FromSeconds(4));

        var onCall = await Eventually.Get(() => grain.GetBoardAsync(), b => b.State == "OnCall");
        Assert.Equal(progressive, onCall.Call!.CampaignId);
    }

    private async Task<(long Campaign, int Agent)> StartedAsync(EngineSilo silo, long[] subscribers)
    {
        var campaign = await world.CampaignAsync(subscribers, mode: "preview");
        var agent = await world.AgentAsync();
        await EngineSteps.ReadyAsync(silo, agent, campaign);
        Assert.True((await EngineSteps.StartWhenAgentKnownAsync(silo, campaign)).Ok);
        return (campaign, agent);
    }

    /// <summary>Ticks the campaign until the agent's board shows a contact not yet called (bounded).</summary>
    private static async Task<PreviewContact> ShownAsync(EngineSilo silo, long campaign, int agent)
    {
        var board = await Eventually.Get(async () =>
        {
            await silo.Grains.GetGrain<ICampaignCalls>(campaign).TickAsync();
            return await silo.Grains.GetGrain<IAgentGrain>(agent).GetBoardAsync();
        }, b => b.Preview is { CallId: null });
        Assert.NotNull(board.Preview);
        return board.Preview!;
    }
}
