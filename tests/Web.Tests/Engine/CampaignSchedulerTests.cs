using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Web.Engine;
using Outreach.Web.Tests.Support;

using static Outreach.Web.Tests.Engine.EngineTestData;

namespace Outreach.Web.Tests.Engine;

/// <summary>
/// Scheduled campaigns start and stop on their own (C3): the scheduler on virtual time against the real grains and
/// PostgreSQL, and the hosted service's loop driven by a <see cref="FakeTimeProvider"/>.
/// </summary>
public sealed class CampaignSchedulerTests(CampaignSchedulerTests.ManualApp app) : IClassFixture<CampaignSchedulerTests.ManualApp>
{
    /// <summary>The app with its own scheduler off, so that only the test's scheduler moves these campaigns.</summary>
    public sealed class ManualApp : OutreachApp
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Scheduler:Enabled"] = "false" };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private readonly ListLogger<CampaignScheduler> log = new();

    private CampaignScheduler Scheduler() => new(app.Services.GetRequiredService<CampaignRepository>(),
        app.Services.GetRequiredService<IGrainFactory>(), time, log);

    private async Task<long> ScheduledAsync(DateTimeOffset start)
    {
        var id = await app.CampaignAsync("Sales", CampaignStatus.Scheduled, withContacts: true);
        await using var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        await c.ExecuteAsync("update campaigns set scheduled_start = @start where id = @id", new { id, start });
        return id;
    }

    private async Task<long> EndingAsync(string status, DateTimeOffset? end)
    {
        var id = await app.CampaignAsync("Sales", status);
        var repo = app.Services.GetRequiredService<CampaignRepository>();
        Assert.True(await repo.SaveSettingsAsync(id, new CampaignSettings { ScheduledEnd = end }, Ct));
        return id;
    }

    private async Task<string> StatusAsync(long id) => (await app.Services.GetRequiredService<CampaignRepository>().GetAsync(id, Ct))!.Status;

    private async Task<HttpClient> LoggedInAgentAsync(string user, long campaign)
    {
        var agent = await app.SignedInAsync(user);
        var response = await agent.PostAsync("/api/desk/login", Json($$"""{ "campaignIds": [{{campaign}}] }"""), Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return agent;
    }

    private async Task<IReadOnlyList<string>> AuditedAsync(long id)
    {
        await using var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        return (await c.QueryAsync<string>("select actor || ':' || action from audit_log where entity = 'campaign' and entity_id = @id order by id",
            new { id = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
    }

    [Fact]
    public async Task A_scheduled_campaign_starts_when_its_time_comes_and_not_before()
    {
        var campaign = await ScheduledAsync(time.GetUtcNow().AddMinutes(10));
        var agent = await LoggedInAgentAsync("agent1", campaign);
        var scheduler = Scheduler();

        await scheduler.TickAsync(Ct);
        Assert.Equal(CampaignStatus.Scheduled, await StatusAsync(campaign));

        time.Advance(TimeSpan.FromMinutes(10).Add(TimeSpan.FromSeconds(1)));
        await scheduler.TickAsync(Ct);
        Assert.Equal(CampaignStatus.Running, await StatusAsync(campaign));
        Assert.Equal(["scheduler:campaign.start"], await AuditedAsync(campaign));
        await agent.PostAsync("/api/desk/logout", null, Ct);
    }

    [Fact]
    public async Task A_refused_start_stays_scheduled_logs_its_reason_once_and_starts_when_an_agent_arrives()
    {
        var campaign = await ScheduledAsync(time.GetUtcNow().AddMinutes(-1));
        var scheduler = Scheduler();

        for (var i = 0; i < 3; i++) await scheduler.TickAsync(Ct);
        Assert.Equal(CampaignStatus.Scheduled, await StatusAsync(campaign));
        // Only this campaign's lines: another test of the class may leave a scheduled campaign behind.
        var refusal = Assert.Single(log.Messages, m => m.Contains($"Scheduled campaign {campaign} cannot start yet", StringComparison.Ordinal));
        Assert.Contains("agent", refusal, StringComparison.OrdinalIgnoreCase);

        var agent = await LoggedInAgentAsync("agent2", campaign);
        await scheduler.TickAsync(Ct);
        Assert.Equal(CampaignStatus.Running, await StatusAsync(campaign));
        Assert.Contains(log.Messages, m => m.Contains($"Scheduled campaign {campaign} started", StringComparison.Ordinal));
        await agent.PostAsync("/api/desk/logout", null, Ct);
    }

    [Fact]
    public async Task Running_and_paused_campaigns_stop_at_their_scheduled_end()
    {
        var end = time.GetUtcNow().AddMinutes(5);
        var running = await EndingAsync(CampaignStatus.Running, end);
        var paused = await EndingAsync(CampaignStatus.Paused, end);
        var open = await EndingAsync(CampaignStatus.Running, null);
        var scheduler = Scheduler();

        await scheduler.TickAsync(Ct);
        Assert.Equal(CampaignStatus.Running, await StatusAsync(running));

        time.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));
        await scheduler.TickAsync(Ct);
        Assert.Equal(CampaignStatus.Finished, await StatusAsync(running));
        Assert.Equal(CampaignStatus.Finished, await StatusAsync(paused));
        Assert.Equal(CampaignStatus.Running, await StatusAsync(open));
        Assert.Equal(["scheduler:campaign.stop"], await AuditedAsync(running));
    }

    [Fact]
    public async Task The_service_ticks_again_when_its_interval_has_passed()
    {
        var waiting = await ScheduledAsync(time.GetUtcNow().AddMinutes(-1));
        var ending = await EndingAsync(CampaignStatus.Running, time.GetUtcNow().AddSeconds(2));
        using var service = new CampaignSchedulerService(Scheduler(), time,
            app.Services.GetRequiredService<IHostApplicationLifetime>(), new ConfigurationBuilder().Build(),
            app.Services.GetRequiredService<ILogger<CampaignSchedulerService>>());
        await service.StartAsync(Ct);
        try
        {
            // The first tick runs at once: the waiting campaign's refusal shows it ran, before the end had come.
            await UntilAsync(() => Task.FromResult(log.Messages.Any(m => m.Contains($"campaign {waiting} cannot start", StringComparison.Ordinal))));
            Assert.Equal(CampaignStatus.Running, await StatusAsync(ending));
            time.Advance(CampaignSchedulerService.Interval);
            await UntilAsync(async () => await StatusAsync(ending) == CampaignStatus.Finished);
        }
        finally
        {
            await service.StopAsync(Ct);
        }
    }

    /// <summary>Waits (bounded) for work done on the service's own task; fails when it never happens.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 300; i++)
        {
            if (await condition()) return;
            await Task.Delay(100, Ct);
        }
        Assert.Fail("The scheduler never got there.");
    }
}

/// <summary>Keeps the formatted messages logged, for assertions on what was logged and how often.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> messages = new();

    public IReadOnlyList<string> Messages => messages.ToList();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        messages.Enqueue(formatter(state, exception));
}
