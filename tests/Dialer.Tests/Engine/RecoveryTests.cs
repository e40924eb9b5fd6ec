using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.TestSupport;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>
/// No attempt lost, none dialled twice: when a campaign grain is deactivated or its silo dies with calls in flight,
/// or after an attempt was claimed and never placed.
/// </summary>
public sealed class RecoveryTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private readonly EngineWorld world = new(db.DataSource);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly CampaignSettings PowerOfFive = new() { PowerRatio = 5 };

    [Fact]
    public async Task A_campaign_deactivated_with_calls_in_flight_picks_them_up_and_dials_nobody_twice()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "mixed");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(12), mode: "power", settings: PowerOfFive);
        await EngineSteps.ReadyAsync(silo, await world.AgentAsync(), campaign);
        await EngineSteps.StartWhenAgentKnownAsync(silo, campaign);
        var calls = silo.Grains.GetGrain<ICampaignCalls>(campaign);
        await calls.TickAsync();
        Assert.Equal(5, await calls.CallsInFlightAsync());

        await calls.DeactivateAsync();
        await Task.Delay(300, Ct);
        await silo.AdvanceAsync(TimeSpan.FromSeconds(1));
        Assert.Equal(5, await calls.CallsInFlightAsync());   // the new activation adopted them from the silo's ledger
        for (var i = 0; i < 20; i++)
        {
            await calls.TickAsync();
            if (i == 5) await calls.DeactivateAsync();
            await silo.AdvanceAsync(TimeSpan.FromSeconds(5));
        }
        await DrainAsync(silo, campaign);

        var attempts = await world.AttemptsAsync(campaign);
        Assert.NotEmpty(attempts);
        Assert.All(attempts, a => Assert.NotNull(a.Outcome));
        Assert.DoesNotContain(attempts, a => a.Outcome == "failed");   // nothing was lost: every call ended normally
        AssertNoEntryDialledTwiceAtOnce(attempts);
    }

    [Fact]
    public async Task A_silo_that_dies_with_calls_in_flight_leaves_them_closed_and_their_contacts_dialled_again_once()
    {
        long campaign;
        int agent;
        await using (var first = await EngineSilo.StartAsync(db.ConnectionString, "no_answer"))
        {
            campaign = await world.CampaignAsync(await world.SubscribersAsync(5), mode: "power", settings: PowerOfFive);
            agent = await world.AgentAsync();
            await EngineSteps.ReadyAsync(first, agent, campaign);
            await EngineSteps.StartWhenAgentKnownAsync(first, campaign);
            await first.Grains.GetGrain<ICampaignCalls>(campaign).TickAsync();
            Assert.Equal(5, (await world.AttemptsAsync(campaign)).Count);
        }   // the silo stops; its network and its calls are gone

        await using var second = await EngineSilo.StartAsync(db.ConnectionString, "no_answer");
        var calls = second.Grains.GetGrain<ICampaignCalls>(campaign);
        // Activation closes the lost attempts and re-queues their contacts; the agent announces itself again.
        await Eventually.Get(async () => { await calls.TickAsync(); return await calls.CallsInFlightAsync(); }, n => n == 5, seconds: 10);
        for (var i = 0; i < 10; i++)
        {
            await second.AdvanceAsync(TimeSpan.FromSeconds(5));
            await calls.TickAsync();
        }
        await DrainAsync(second, campaign);

        var attempts = await world.AttemptsAsync(campaign);
        Assert.Equal(5, attempts.Count(a => a is { AttemptNumber: 1, Outcome: "failed" }));
        Assert.Equal(5, attempts.Count(a => a is { AttemptNumber: 2, Outcome: "no_answer" }));
        Assert.All(attempts, a => Assert.NotNull(a.Outcome));
        AssertNoEntryDialledTwiceAtOnce(attempts);
    }

    [Fact]
    public async Task An_attempt_claimed_but_never_placed_is_closed_and_requeued_when_the_campaign_comes_back()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "busy");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(1));
        var entry = (await world.EntriesAsync(campaign))[0];
        // A tick that died between its claim and placing the call.
        var claimed = await new AttemptRepository(db.DataSource).ClaimBatchAsync(campaign, [(entry.Id, 1)], EngineSilo.Start, Ct);
        Assert.Single(claimed);

        await silo.Grains.GetGrain<ICampaignCalls>(campaign).CallsInFlightAsync();

        var attempt = (await world.AttemptsAsync(campaign)).Single();
        Assert.Equal("failed", attempt.Outcome);
        var requeued = (await world.EntriesAsync(campaign)).Single();
        Assert.Equal(("retry", 1), (requeued.Status, requeued.AttemptsMade));
        Assert.Empty(await new AttemptRepository(db.DataSource).ClaimBatchAsync(campaign, [(entry.Id, 1)], EngineSilo.Start, Ct));
    }

    /// <summary>Stops the campaign, lets every call end and the journal land.</summary>
    private static async Task DrainAsync(EngineSilo silo, long campaign)
    {
        await silo.Grains.GetGrain<ICampaignGrain>(campaign).StopAsync("test");
        var calls = silo.Grains.GetGrain<ICampaignCalls>(campaign);
        for (var i = 0; i < 40 && await calls.CallsInFlightAsync() > 0; i++)
        {
            await silo.AdvanceAsync(TimeSpan.FromSeconds(5));
            await calls.TickAsync();
        }
        Assert.Equal(0, await calls.CallsInFlightAsync());
        await silo.FlushAsync();
    }

    /// <summary>Attempts of one entry never overlap in time: each starts after the previous one ended.</summary>
    private static void AssertNoEntryDialledTwiceAtOnce(IReadOnlyList<AttemptRow> attempts)
    {
        foreach (var entry in attempts.GroupBy(a => a.EntryId))
        {
            var ordered = entry.OrderBy(a => a.AttemptNumber).ToList();
            Assert.Equal(Enumerable.Range(1, ordered.Count), ordered.Select(a => a.AttemptNumber));
            for (var i = 1; i < ordered.Count; i++) Assert.True(ordered[i].PlacedAt >= ordered[i - 1].EndedAt, $"entry {entry.Key} overlapped");
        }
    }
}
