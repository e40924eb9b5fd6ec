using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.TestSupport;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>What the hopper dials: due contacts only, never a do-not-call number or one outside its local hours; retries by rule.</summary>
public sealed class HopperTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private readonly EngineWorld world = new(db.DataSource);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Do_not_call_numbers_and_subscribers_outside_their_hours_are_not_dialled()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "no_answer");
        var fine = await world.SubscribersAsync(1, "Europe/London");
        var blocked = await world.SubscribersAsync(1, "Europe/London");
        var asleep = await world.SubscribersAsync(1, "Pacific/Auckland");   // 01:00 there at 12:00 UTC
        var campaign = await world.CampaignAsync([.. fine, .. blocked, .. asleep], from: new(9, 0), to: new(21, 0));
        var phone = await world.ScalarAsync<string>("select phone from subscribers where id = @id", new { id = blocked[0] });
        await new DncRepository(db.DataSource).AddAsync(phone!, null, "asked", "test", Ct);
        var agents = new[] { await world.AgentAsync(), await world.AgentAsync(), await world.AgentAsync() };
        foreach (var agent in agents) await EngineSteps.ReadyAsync(silo, agent, campaign);
        await Eventually.Get(() => silo.Grains.GetGrain<ICampaignGrain>(campaign).GetBoardAsync(), b => b.AgentsByState.GetValueOrDefault("Ready") == 3);
        Assert.True((await silo.Grains.GetGrain<ICampaignGrain>(campaign).StartAsync("marketer")).Ok);

        await silo.Grains.GetGrain<ICampaignCalls>(campaign).TickAsync();
        await silo.FlushAsync();

        var attempts = await world.AttemptsAsync(campaign);
        Assert.Equal([fine[0]], attempts.Select(a => a.SubscriberId));
        var entries = (await world.EntriesAsync(campaign)).ToDictionary(e => e.SubscriberId);
        Assert.Equal("pending", entries[blocked[0]].Status);
        Assert.Equal("retry", entries[asleep[0]].Status);
        Assert.Equal(new DateTime(2026, 3, 10, 20, 0, 0), entries[asleep[0]].NextAttemptAt);   // 09:00 NZDT on the 11th
    }

    [Fact]
    public async Task A_busy_call_is_retried_after_the_busy_delay()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "busy");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(1), settings: new CampaignSettings
        {
            RetryRules = [new RetryRuleSetting("busy", 7, 2)],
        });
        await EngineSteps.ReadyAsync(silo, await world.AgentAsync(), campaign);
        await EngineSteps.StartWhenAgentKnownAsync(silo, campaign);

        await silo.Grains.GetGrain<ICampaignCalls>(campaign).TickAsync();
        await silo.AdvanceAsync(TimeSpan.FromSeconds(3));

        var entry = await EngineSteps.EntryWhenAsync(world, silo, campaign, e => e.Status == "retry");
        var attempt = (await world.AttemptsAsync(campaign)).Single();
        Assert.Equal("busy", attempt.Outcome);
        Assert.Equal(attempt.EndedAt!.Value.AddMinutes(7), entry.NextAttemptAt);
    }
}
