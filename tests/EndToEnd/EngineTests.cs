using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Subscribers;
using Outreach.Campaigns.Users;
using Outreach.Dialer.Engine;
using Outreach.EndToEnd.Support;
using Outreach.TestSupport;

namespace Outreach.EndToEnd;

/// <summary>The app with a simulated network where most calls are answered by people who stay on the line until the agent hangs up.</summary>
public sealed class EngineBrowserApp : BrowserApp
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Engine:Network:HumanProbability"] = "0.9",
        ["Engine:Network:MachineProbability"] = "0.02",
        ["Engine:Network:BusyProbability"] = "0.02",
        ["Engine:Network:NoAnswerProbability"] = "0.03",
        ["Engine:Network:InvalidProbability"] = "0.01",
        ["Engine:Network:RingingAfter:Min"] = "0.1",
        ["Engine:Network:RingingAfter:Max"] = "0.3",
        ["Engine:Network:RingTime:Min"] = "0.5",
        ["Engine:Network:RingTime:Max"] = "1",
        ["Engine:Network:ClassificationTime:Min"] = "0.2",
        ["Engine:Network:ClassificationTime:Max"] = "0.5",
        ["Engine:Network:TalkTime:Min"] = "600",
        ["Engine:Network:TalkTime:Max"] = "900",
    };
}

/// <summary>The agent desktop and the manager dashboard in Chromium on the real engine (A1, M1, M3).</summary>
public sealed class EngineTests(EngineBrowserApp app) : IClassFixture<EngineBrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>
    /// A Sales campaign with the demo survey pinned, calling subscribers of one time zone inside hours open now
    /// there (three hours either side), so the test does not depend on the time of day it runs.
    /// </summary>
    private async Task<long> CampaignAsync(string mode = "progressive")
    {
        await using var c = await Service<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        var zone = await c.QuerySingleAsync<string>("select time_zone from subscribers group by time_zone order by count(*) desc limit 1");
        var subscribers = (await c.QueryAsync<long>("select id from subscribers where time_zone = @zone order by id limit 30", new { zone })).ToList();
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
        var sales = (await Service<DepartmentRepository>().ListAsync(Ct)).Single(d => d.Name == "Sales").Id;
        var id = await Service<CampaignRepository>().CreateAsync(new Campaign
        {
            Name = mode == "preview" ? "Loyalty review (preview)" : "Summer roaming offer", DepartmentId = sales, DialingMode = mode, CallerId = "+12125550100",
            CallGuide = "Offer the summer roaming pack.", CallingHoursFrom = local.AddHours(-3), CallingHoursTo = local.AddHours(3),
        }, null, Ct);
        await c.ExecuteAsync("update campaigns set survey_id = 'customer-satisfaction', survey_version = 1 where id = @id", new { id });
        var lists = Service<ContactListRepository>();
        await lists.AddSubscribersAsync(await lists.CreateAsync(id, "Summer roaming list", Ct), subscribers, Ct);
        return id;
    }

    private static async Task MoveAsync(IPage dashboard, int agentId, long campaign)
    {
        await dashboard.ClickAsync($"[data-testid=agent-{agentId}-move] button");
        await dashboard.ClickAsync($".mud-popover-open [data-testid=move-to-{campaign}]");
    }

    private const string Consent = "May I ask you a few questions about our service?";

    private static Task ExpectStateAsync(IPage page, string label) =>
        Assertions.Expect(page.Locator("[data-testid=agent-state]")).ToHaveTextAsync(label);

    [Fact]
    public async Task An_agent_takes_a_preconnected_call_and_a_manager_watches_the_counters_and_pauses_the_campaign()
    {
        Directory.CreateDirectory(Shots);
        var campaign = await CampaignAsync();
        var winter = await Service<CampaignRepository>().CreateAsync(new Campaign
        {
            Name = "Winter bundle", DepartmentId = (await Service<DepartmentRepository>().ListAsync(Ct)).Single(d => d.Name == "Sales").Id,
            DialingMode = "progressive", CallerId = "+12125550100",
        }, null, Ct);
        var agentId = (await Service<UserRepository>().FindAsync("agent3", Ct))!.Id;

        var desk = await app.SignInAsync("agent3");
        await desk.GotoLiveAsync("/desktop", LivePages.PageMarker);
        await desk.ClickAsync(Selectors.Field($"join-{campaign}"));
        await desk.ClickAsync("[data-testid=log-in]");
        await ExpectStateAsync(desk, "Paused");

        var dashboard = await app.SignInAsync("manager");
        await dashboard.GotoLiveAsync("/dashboard", LivePages.PageMarker);
        var card = dashboard.Locator($"[data-testid=campaign-{campaign}]");
        await Assertions.Expect(card.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("draft");
        await card.Locator("[data-testid=campaign-start]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("running");

        // A double click on Ready sends one command, and a repeated one is harmless: no refusal shows.
        await desk.DblClickAsync("[data-testid=go-ready]");
        await Assertions.Expect(desk.Locator("[data-testid=call-panel]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.Equal(0, await desk.Locator("[data-testid=desk-message]").CountAsync());
        await ExpectStateAsync(desk, "On call");

        var call = (await Service<IGrainFactory>().GetGrain<IAgentGrain>(agentId).GetBoardAsync()).Call!;
        var subscriber = (await Service<SubscriberRepository>().GetCardAsync(call.SubscriberId, Ct))!.Subscriber;
        await Assertions.Expect(desk.Locator("[data-testid=card-name]")).ToHaveTextAsync(subscriber.FullName);
        await Assertions.Expect(desk.Locator("[data-testid=call-phone]")).ToHaveTextAsync(call.Phone);
        await Assertions.Expect(desk.Locator("[data-testid=call-script] [data-testid=runner-text]")).ToContainTextAsync(subscriber.FirstName);
        await desk.NextStepAsync(Consent);
        await desk.ScreenshotAsync(new() { Path = Path.Combine(Shots, "agent-desktop.png"), FullPage = true });

        // The agent reloads the desktop mid-call: the call comes back with its script on the step it was left at.
        await desk.ReloadAsync();
        await desk.WaitLiveAsync(LivePages.PageMarker);
        await Assertions.Expect(desk.Locator("[data-testid=call-script] [data-testid=runner-text]")).ToHaveTextAsync(Consent);
        await Assertions.Expect(desk.Locator("[data-testid=runner-back]")).ToBeEnabledAsync();

        await Assertions.Expect(card.Locator("[data-testid=humans]")).Not.ToHaveTextAsync("0");
        await Assertions.Expect(card.Locator("[data-testid=agents-oncall]")).ToContainTextAsync("1");
        await Assertions.Expect(dashboard.Locator($"[data-testid=agent-{agentId}] [data-testid=agent-state]")).ToHaveTextAsync("On call");
        await dashboard.ScreenshotAsync(new() { Path = Path.Combine(Shots, "manager-dashboard.png"), FullPage = true });
        // The manager cannot move an agent away from a call in progress: the refusal shows on the agent's row.
        await MoveAsync(dashboard, agentId, winter);
        await Assertions.Expect(dashboard.Locator($"[data-testid=agent-{agentId}] [data-testid=agent-message]")).ToContainTextAsync("on a call");

        await desk.DblClickAsync("[data-testid=hang-up]");
        await ExpectStateAsync(desk, "Wrap-up");
        await Assertions.Expect(desk.Locator("[data-testid=wrapup-timer]")).ToBeVisibleAsync();
        await desk.ClickAsync("[data-testid=disposition-select]");
        await desk.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex("^\\s*Accepted the offer\\s*$") }).ClickAsync();
        await desk.FillAsync(Selectors.Area("disposition-notes"), "Wants the pack from July");
        await desk.ClickAsync(Selectors.Field("pause-after"));
        await desk.ClickAsync("[data-testid=disposition-save]");
        await Assertions.Expect(desk.Locator("[data-testid=desk-info]")).ToContainTextAsync("Saved: Accepted the offer");
        await ExpectStateAsync(desk, "Paused");
        await Assertions.Expect(desk.Locator("[data-testid=today-calls]")).ToHaveTextAsync("1");
        // Between calls the move goes through: the agent now serves the winter campaign only.
        await MoveAsync(dashboard, agentId, winter);
        await Assertions.Expect(dashboard.Locator($"[data-testid=agent-{agentId}] td").Nth(3)).ToHaveTextAsync("Winter bundle");
        Assert.Equal([winter], (await Service<IGrainFactory>().GetGrain<IAgentGrain>(agentId).GetBoardAsync()).CampaignIds);
        await Assertions.Expect(desk.Locator("[data-testid=desk-info]")).ToHaveTextAsync("A manager moved you to Winter bundle.");

        await card.Locator("[data-testid=campaign-pause]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("paused");
        Assert.Equal(CampaignStatus.Paused, (await Service<CampaignRepository>().GetAsync(campaign, Ct))!.Status);
        Assert.Equal("accepted", await DispositionOfAsync(call.AttemptId));
        await ExpectBoardMatchesAttemptsAsync(card, campaign);

        await desk.ClickAsync("[data-testid=log-out]");
        await Assertions.Expect(desk.Locator("[data-testid=desk-login]")).ToBeVisibleAsync();
        await Assertions.Expect(dashboard.Locator($"[data-testid=agent-{agentId}]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task In_preview_mode_the_agent_reads_the_card_skips_one_contact_and_calls_the_next()
    {
        var campaign = await CampaignAsync("preview");
        var agentId = (await Service<UserRepository>().FindAsync("agent7", Ct))!.Id;
        var agent = Service<IGrainFactory>().GetGrain<IAgentGrain>(agentId);
        var desk = await app.SignInAsync("agent7");
        await desk.GotoLiveAsync("/desktop", LivePages.PageMarker);
        await desk.ClickAsync(Selectors.Field($"join-{campaign}"));
        await desk.ClickAsync("[data-testid=log-in]");
        await ExpectStateAsync(desk, "Paused");
        await desk.ClickAsync("[data-testid=go-ready]");
        await ExpectStateAsync(desk, "Ready");
        await StartWhenAgentKnownAsync(campaign);

        var panel = desk.Locator("[data-testid=preview-panel]");
        await Assertions.Expect(desk.Locator("[data-testid=waiting]").Or(panel)).ToBeVisibleAsync();
        await Assertions.Expect(panel).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var first = (await agent.GetBoardAsync()).Preview!;
        await Assertions.Expect(desk.Locator("[data-testid=preview-phone]")).ToHaveTextAsync(first.Phone);
        var name = (await Service<SubscriberRepository>().GetCardAsync(first.SubscriberId, Ct))!.Subscriber.FullName;
        await Assertions.Expect(desk.Locator("[data-testid=preview-subscriber]")).ToHaveTextAsync(name);
        await Assertions.Expect(panel.Locator("[data-testid=card-name]")).ToHaveTextAsync(name);
        Assert.Equal(0, await CallsPlacedAsync(campaign));
        await desk.ScreenshotAsync(new() { Path = Path.Combine(Shots, "agent-preview-card.png"), FullPage = true });

        await desk.ClickAsync("[data-testid=preview-skip]");
        await Assertions.Expect(desk.Locator("[data-testid=preview-phone]")).Not.ToHaveTextAsync(first.Phone, new() { Timeout = 30_000 });
        await Assertions.Expect(panel).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // Most calls of this network reach a person; one that does not brings a note and the next card, which the agent calls too.
        for (var tries = 0; tries < 5; tries++)
        {
            var called = (await agent.GetBoardAsync()).Preview!;
            await desk.ClickAsync("[data-testid=preview-call]");
            var after = await Eventually.Get(() => agent.GetBoardAsync(), b => b.State == "OnCall" || b.PreviewNote is not null);
            if (after.State != "OnCall")
            {
                await Assertions.Expect(desk.Locator("[data-testid=preview-note]")).ToBeVisibleAsync();
                await Assertions.Expect(desk.Locator("[data-testid=preview-call]")).ToBeEnabledAsync(new() { Timeout = 30_000 });
                continue;
            }
            await Assertions.Expect(desk.Locator("[data-testid=call-panel]")).ToBeVisibleAsync();
            await Assertions.Expect(desk.Locator("[data-testid=call-phone]")).ToHaveTextAsync(called.Phone);
            break;
        }
        await ExpectStateAsync(desk, "On call");
        Assert.NotEqual(first.Phone, (await agent.GetBoardAsync()).Call!.Phone);
        await desk.ScreenshotAsync(new() { Path = Path.Combine(Shots, "agent-preview.png"), FullPage = true });
    }

    private async Task StartWhenAgentKnownAsync(long campaign)
    {
        var grain = Service<IGrainFactory>().GetGrain<ICampaignGrain>(campaign);
        await Eventually.Get(() => grain.GetBoardAsync(), b => b.AgentsByState.Values.Sum() > 0, seconds: 10);
        var started = await grain.StartAsync("manager");
        Assert.True(started.Ok, started.Problem);
    }

    private async Task<int> CallsPlacedAsync(long campaign)
    {
        await using var c = await Service<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        return await c.ExecuteScalarAsync<int>("select count(*) from attempts where campaign_id = @campaign", new { campaign });
    }

    [Fact]
    public async Task The_dashboard_and_the_desktop_say_when_there_is_nothing_to_show()
    {
        var desk = await app.SignInAsync("agent20");
        await desk.GotoLiveAsync("/desktop", LivePages.PageMarker);
        await Assertions.Expect(desk.Locator("[data-testid=no-campaigns]")).ToBeVisibleAsync();

        // A campaign created for the agent's department while the page is open appears without a reload.
        var agent = (await Service<UserRepository>().FindAsync("agent20", Ct))!;
        var created = await Service<CampaignRepository>().CreateAsync(new Campaign
        {
            Name = "Evening survey", DepartmentId = agent.DepartmentId!.Value, DialingMode = "progressive", CallerId = "+12125550100",
        }, null, Ct);
        await Assertions.Expect(desk.Locator($"[data-testid=join-{created}]")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        var admin = await app.SignInAsync("admin");
        await admin.GotoLiveAsync("/dashboard", LivePages.PageMarker);
        await Assertions.Expect(admin.Locator("[data-testid=no-agents]")).ToBeVisibleAsync();
    }

    /// <summary>Once every call has ended, the card's counters are those of the attempts table.</summary>
    private async Task ExpectBoardMatchesAttemptsAsync(ILocator card, long campaign)
    {
        var stored = await Eventually.Get(() => StoredCountsAsync(campaign), s => s.Unfinished == 0 && s.Placed > 0);
        await Assertions.Expect(card.Locator("[data-testid=in-flight]")).ToHaveTextAsync("0");
        foreach (var (id, count) in new[] { ("placed", stored.Placed), ("humans", stored.Humans), ("machines", stored.Machines),
                     ("connected", stored.Connected), ("abandoned", stored.Abandoned) })
            await Assertions.Expect(card.Locator($"[data-testid={id}]")).ToHaveTextAsync(count.ToString("N0"));
        Assert.True(stored.Connected >= 1, $"{stored}");
    }

    private sealed record StoredCounts(long Placed, long Unfinished, long Humans, long Machines, long Connected, long Abandoned);

    private async Task<StoredCounts> StoredCountsAsync(long campaign)
    {
        await using var c = await Service<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        return await c.QuerySingleAsync<StoredCounts>("""
            select count(*) as placed, count(*) filter (where outcome is null) as unfinished,
                   count(*) filter (where answer_class in ('human', 'unknown')) as humans,
                   count(*) filter (where answer_class = 'machine') as machines,
                   count(*) filter (where connect_result = 'connected') as connected,
                   count(*) filter (where connect_result = 'abandoned') as abandoned
            from attempts where campaign_id = @campaign
            """, new { campaign });
    }

    // The journal writes in batches: wait (bounded) until the disposition is stored.
    private async Task<string?> DispositionOfAsync(long attemptId)
    {
        await using var c = await Service<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        for (var i = 0; i < 100; i++)
        {
            var code = await c.QuerySingleOrDefaultAsync<string?>("select disposition_code from attempts where id = @attemptId", new { attemptId });
            if (code is not null) return code;
            await Task.Delay(100, Ct);
        }
        return null;
    }
}
