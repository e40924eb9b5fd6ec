using Outreach.Dialer.Engine;
using Outreach.TestSupport;

namespace Outreach.Dialer.Tests.Engine;

/// <summary>Starting a campaign: refusals say what to fix; a start is audited and moves the stored status.</summary>
public sealed class CampaignStartTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private readonly EngineWorld world = new(db.DataSource);

    [Fact]
    public async Task Start_without_contacts_agents_or_caller_id_is_refused_with_each_reason()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync([], callerId: null);

        var outcome = await silo.Grains.GetGrain<ICampaignGrain>(campaign).StartAsync("marketer");

        Assert.False(outcome.Ok);
        Assert.Contains("no contacts to call", outcome.Problem);
        Assert.Contains("No agent is logged in", outcome.Problem);
        Assert.Contains("Set a caller id", outcome.Problem);
        Assert.Equal("draft", await world.ScalarAsync<string>("select status from campaigns where id = @campaign", new { campaign }));
    }

    [Fact]
    public async Task Start_outside_calling_hours_is_refused_with_the_first_opening()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(2), from: new(9, 0), to: new(11, 0));
        var agent = await world.AgentAsync();
        await silo.Grains.GetGrain<IAgentGrain>(agent).LogInAsync([campaign]);

        var outcome = await EngineSteps.StartWhenAgentKnownAsync(silo, campaign);

        Assert.False(outcome.Ok);
        Assert.Contains("outside calling hours (09:00–11:00 local time)", outcome.Problem);
        Assert.Contains("2026-03-11 09:00 UTC", outcome.Problem);
    }

    [Fact]
    public async Task A_start_with_everything_in_place_runs_the_campaign_and_is_audited()
    {
        await using var silo = await EngineSilo.StartAsync(db.ConnectionString, "human");
        var campaign = await world.CampaignAsync(await world.SubscribersAsync(2));
        var agent = await world.AgentAsync();
        await silo.Grains.GetGrain<IAgentGrain>(agent).LogInAsync([campaign]);

        var outcome = await EngineSteps.StartWhenAgentKnownAsync(silo, campaign);

        Assert.True(outcome.Ok, outcome.Problem);
        Assert.Equal("running", await world.ScalarAsync<string>("select status from campaigns where id = @campaign", new { campaign }));
        Assert.Equal(1, await world.ScalarAsync<int>(
            "select count(*) from audit_log where entity = 'campaign' and entity_id = @id and action = 'campaign.start'", new { id = campaign.ToString() }));
        Assert.True((await silo.Grains.GetGrain<ICampaignGrain>(campaign).StartAsync("marketer")).Ok, "a second start is harmless");
        Assert.True((await silo.Grains.GetGrain<ICampaignGrain>(campaign).PauseAsync("manager", "Lunch")).Ok);
        Assert.Equal("paused", (await silo.Grains.GetGrain<ICampaignGrain>(campaign).GetBoardAsync()).Status);
    }
}
