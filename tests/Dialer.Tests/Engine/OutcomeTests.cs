using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.TestSupport;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>What the campaign does with answers: messages on machines, callbacks at the chosen time, a pause when abandons run high.</summary>
public sealed class OutcomeTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private readonly EngineWorld world = new(db.DataSource);

    [Fact]
    public async Task A_machine_gets_the_campaign_message_when_the_campaign_says_so()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "machine");
        var (campaign, _) = await EngineSteps.DialOnceAsync(world, silo, await world.SubscribersAsync(1),
            settings: new CampaignSettings { MachineAction = "leave_message", MachineMessage = "Hello from your operator." });

        var attempt = Assert.Single(await EngineSteps.AttemptsSettledAsync(world, silo, campaign, a => a.Any(x => x.Outcome is not null)));
        Assert.Equal(("machine", "message_left"), (attempt.AnswerClass, attempt.ConnectResult));
        // The machine heard the campaign's message once, after its greeting.
        var prompt = Assert.Single(silo.Network.PromptsPlayed);
        Assert.Equal(("Hello from your operator.", campaign, attempt.Id), (prompt.Text, prompt.CampaignId, prompt.AttemptId));
        Assert.True(prompt.AfterGreeting >= TimeSpan.Zero, $"played {prompt.AfterGreeting} after the greeting");
        var entry = (await world.EntriesAsync(campaign))[0];
        Assert.Equal("retry", entry.Status);   // machines are retried by the default rules (4 hours)
        Assert.Equal(attempt.EndedAt!.Value.AddHours(4), entry.NextAttemptAt);
    }

    [Fact]
    public async Task A_machine_is_hung_up_on_without_a_message_when_the_campaign_says_so()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "machine");
        var (campaign, _) = await EngineSteps.DialOnceAsync(world, silo, await world.SubscribersAsync(1),
            settings: new CampaignSettings { MachineAction = "hang_up", MachineMessage = "Never to be heard." });

        var attempt = Assert.Single(await EngineSteps.AttemptsSettledAsync(world, silo, campaign, a => a.Any(x => x.Outcome is not null)));
        Assert.Equal(("machine", null), (attempt.AnswerClass, attempt.ConnectResult));
        Assert.Empty(silo.Network.PromptsPlayed);
    }

    [Fact]
    public async Task A_callback_the_agent_sets_brings_the_contact_back_at_that_time()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var (campaign, agent) = await EngineSteps.DialOnceAsync(world, silo, await world.SubscribersAsync(1));
        var grain = silo.Grains.GetGrain<IAgentGrain>(agent);
        var call = (await Eventually.Get(() => grain.GetBoardAsync(), b => b.State == "OnCall")).Call!;
        await grain.HangUpAsync(call.CallId);

        var past = await grain.SetDispositionAsync(new DispositionRequest(call.CallId, "callback", null, EngineSilo.Start.AddHours(-1), false, null));
        var at = EngineSilo.Start.AddDays(1);
        var set = await grain.SetDispositionAsync(new DispositionRequest(call.CallId, "callback", "Evening", at, true, null));

        Assert.False(past.Ok);
        Assert.Contains("future", past.Problem);
        Assert.True(set.Ok, set.Problem);
        var entry = await EngineSteps.EntryWhenAsync(world, silo, campaign, e => e.Status == "retry");
        Assert.Equal(at.UtcDateTime, entry.NextAttemptAt);
        Assert.Equal(agent, await world.ScalarAsync<int?>("select preferred_agent_id from contact_list_entries where id = @id", new { id = entry.Id }));
    }

    [Fact]
    public async Task A_campaign_whose_last_hour_abandons_run_high_pauses_itself_with_an_alert()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(25), mode: "power", settings: new CampaignSettings { PowerRatio = 25 });
        var agent = await world.AgentAsync();
        await EngineSteps.ReadyAsync(silo, agent, campaign);
        await EngineSteps.StartWhenAgentKnownAsync(silo, campaign);
        var calls = silo.Grains.GetGrain<ICampaignCalls>(campaign);
        await calls.TickAsync();   // 25 calls for one agent: 24 live answers will find nobody

        await silo.AdvanceAsync(TimeSpan.FromSeconds(4));
        await silo.AdvanceAsync(TimeSpan.FromSeconds(3));
        await calls.TickAsync();   // abandons the 24
        await calls.TickAsync();   // sees the last hour at 96% and pauses

        var board = await silo.Grains.GetGrain<ICampaignGrain>(campaign).GetBoardAsync();
        Assert.Equal("paused", board.Status);
        Assert.Contains("Abandon rate over the last hour", board.Alert);
        Assert.Equal(1, await world.ScalarAsync<int>(
            "select count(*) from audit_log where entity_id = @id and action = 'campaign.auto-pause' and actor = 'engine'", new { id = campaign.ToString() }));

        // Every abandon waited for an agent; the one answer the ready agent took did not. The figure is kept with the
        // attempts, so a new activation of the campaign shows the same.
        Assert.Equal(24.0 / 25, board.WaitRate, 3);
        var desk = silo.Grains.GetGrain<IAgentGrain>(agent);
        await desk.HangUpAsync((await desk.GetBoardAsync()).Call!.CallId);
        var attempts = await EngineSteps.AttemptsSettledAsync(world, silo, campaign, a => a.Count(x => x.ConnectResult is "abandoned" or "connected") >= 25);
        Assert.Equal((25, 24), (attempts.Count, attempts.Count(x => x.ConnectResult == "abandoned")));
        Assert.Equal(24, await world.ScalarAsync<int>("select count(*) from attempts where campaign_id = @campaign and waited_for_agent", new { campaign }));
        Assert.Equal(1, await world.ScalarAsync<int>("select count(*) from attempts where campaign_id = @campaign and not waited_for_agent", new { campaign }));
        await calls.DeactivateAsync();
        var again = await Eventually.Get(() => silo.Grains.GetGrain<ICampaignGrain>(campaign).GetBoardAsync(), b => b.Abandoned == 24);
        Assert.Equal(24.0 / 25, again.WaitRate, 3);
    }
}
