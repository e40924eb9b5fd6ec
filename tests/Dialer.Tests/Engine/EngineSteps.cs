using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.TestSupport;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>The steps engine tests share: agents logging in, a campaign started and dialled once, reading what landed.</summary>
internal static class EngineSteps
{
    public static async Task ReadyAsync(EngineSilo silo, int agent, long campaign)
    {
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        Assert.True((await grain.LogInAsync([campaign])).Ok);
        Assert.True((await grain.ReadyAsync()).Ok);
        // The campaign hears of it one-way: wait (bounded) until it counts a ready agent, so a tick that follows dials.
        await Eventually.Get(() => silo.Grains.GetGrain<ICampaignGrain>(campaign).GetBoardAsync(),
            b => b.AgentsByState.GetValueOrDefault("Ready") > 0);
    }

    /// <summary>The agent's log-in reaches the campaign as a one-way message: start once the campaign has heard it.</summary>
    public static async Task<CommandOutcome> StartWhenAgentKnownAsync(EngineSilo silo, long campaign)
    {
        var grain = silo.Grains.GetGrain<ICampaignGrain>(campaign);
        await Eventually.Get(() => grain.GetBoardAsync(), b => b.AgentsByState.Values.Sum() > 0);
        return await grain.StartAsync("marketer");
    }

    /// <summary>
    /// A campaign on the subscribers with one ready agent, started, ticked once and left for <paramref name="after"/>
    /// (4 s: a live answer in these scenarios is classified at 3.5 s).
    /// </summary>
    public static async Task<(long Campaign, int Agent)> DialOnceAsync(EngineWorld world, EngineSilo silo, long[] subscribers,
        string mode = "progressive", CampaignSettings? settings = null, double after = 4)
    {
        var campaign = await world.CampaignAsync(subscribers, mode: mode, settings: settings);
        var agent = await world.AgentAsync();
        await ReadyAsync(silo, agent, campaign);
        Assert.True((await StartWhenAgentKnownAsync(silo, campaign)).Ok);
        await silo.Grains.GetGrain<ICampaignCalls>(campaign).TickAsync();
        await silo.AdvanceAsync(TimeSpan.FromSeconds(after));
        return (campaign, agent);
    }

    /// <summary>The campaign's attempts once the journal has landed and <paramref name="done"/> holds (bounded wait).</summary>
    public static Task<IReadOnlyList<AttemptRow>> AttemptsWhenAsync(EngineWorld world, EngineSilo silo, long campaign, Func<IReadOnlyList<AttemptRow>, bool> done) =>
        Eventually.Get(async () => { await silo.FlushAsync(); return await world.AttemptsAsync(campaign); }, done);

    /// <summary>
    /// For "exactly once" claims: the campaign's attempts once <paramref name="reached"/> holds and a settling period has
    /// passed with the journal flushed again, so a second dial of the same contact would be there to count.
    /// </summary>
    public static Task<IReadOnlyList<AttemptRow>> AttemptsSettledAsync(EngineWorld world, EngineSilo silo, long campaign, Func<IReadOnlyList<AttemptRow>, bool> reached) =>
        Eventually.Settled(async () => { await silo.FlushAsync(); return await world.AttemptsAsync(campaign); }, reached);

    /// <summary>The campaign's first entry once the journal has landed and <paramref name="done"/> holds (bounded wait).</summary>
    public static Task<EntryRow> EntryWhenAsync(EngineWorld world, EngineSilo silo, long campaign, Func<EntryRow, bool> done) =>
        Eventually.Get(async () => { await silo.FlushAsync(); return (await world.EntriesAsync(campaign))[0]; }, done);
}
