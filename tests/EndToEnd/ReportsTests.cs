using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Users;
using Outreach.EndToEnd.Support;
using Outreach.TestSupport;

namespace Outreach.EndToEnd;

/// <summary>The manager's reports page (M2) in Chromium: a period's campaign results, agents' time, survey links and a CSV export.</summary>
public sealed class ReportsTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Morning = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    [Fact]
    public async Task A_manager_reads_a_periods_results_per_campaign_and_agent_and_downloads_them()
    {
        var (campaign, agent) = await CallsOnTheDayAsync();
        var page = await app.SignInAsync("manager");

        await page.GotoLiveAsync("/reports?from=2025-03-10&to=2025-03-10", LivePages.PageMarker);

        await Assertions.Expect(page.Locator("[data-testid=report-period]")).ToHaveTextAsync("Period (UTC): 2025-03-10");
        var row = page.Locator("[data-testid=campaign-results-row]").Filter(new() { HasText = "Spring report check" });
        await Assertions.Expect(row).ToContainTextAsync("Sales");
        var cells = await row.Locator("td").AllInnerTextsAsync();
        // After the name comes the chart cell (connected / abandoned shares of live answers), then the figures.
        Assert.Equal(["4", "2", "50.0 %"], cells.Skip(5).Take(3));   // placed, live answers, answer rate
        Assert.Equal(["1", "1", "50.0 %"], cells.Skip(12).Take(3));  // connected, abandoned, abandon rate
        Assert.Equal("4:00", cells[16]);                              // talk
        await Assertions.Expect(row.Locator("[data-testid=campaign-results-bar] svg")).ToHaveAttributeAsync("aria-label", "50% / 50%");
        await Assertions.Expect(page.Locator("[data-testid=dispositions-row]").Filter(new() { HasText = "Spring report check" }))
            .ToContainTextAsync("accepted");
        Directory.CreateDirectory(Shots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "reports.png"), FullPage = true });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-campaigns-csv]"));
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv");
        await download.SaveAsAsync(file);
        Assert.Equal("campaigns-2025-03-10-2025-03-10.csv", download.SuggestedFilename);
        Assert.Contains(File.ReadAllLines(file), l => l.StartsWith("Spring report check,Sales,running,predictive,4,2,50,", StringComparison.Ordinal));
        File.Delete(file);

        await page.ClickAsync("text=Agent efficiency");
        var agentRow = page.Locator("[data-testid=agent-efficiency-row]").Filter(new() { HasText = agent });
        await Assertions.Expect(agentRow).ToContainTextAsync("83.3 %");   // 4 min talk + 1 wrap-up over those 5 minutes and 1 waiting
        await page.ClickAsync("text=Survey results");
        await Assertions.Expect(page.Locator("[data-testid=survey-link]").Filter(new() { HasText = "Spring report check" }))
            .ToHaveAttributeAsync("href", $"surveys/customer-satisfaction/results?campaignId={campaign}&from=2025-03-10&to=2025-03-10");
        await page.ClickAsync("[data-testid=survey-link]");
        await page.WaitLiveAsync(LivePages.PageMarker);
        await Assertions.Expect(page.Locator(Selectors.Field("filter-campaign"))).ToHaveValueAsync(campaign.ToString());

        // A period backwards in the address is refused with the reason, and the page falls back to the last seven days.
        await page.GotoLiveAsync("/reports?from=2025-03-10&to=2025-03-01", LivePages.PageMarker);
        await Assertions.Expect(page.Locator("[data-testid=report-problem]")).ToContainTextAsync("starts after it ends");
        await Assertions.Expect(page.Locator("[data-testid=report-period]")).Not.ToHaveTextAsync("Period (UTC): 2025-03-10");
    }

    /// <summary>A running Sales campaign with the demo survey, four calls on 2025-03-10 and agent 13's time that morning.</summary>
    private async Task<(long Campaign, string Agent)> CallsOnTheDayAsync()
    {
        var sales = (await Service<DepartmentRepository>().ListAsync(Ct)).Single(d => d.Name == "Sales").Id;
        var campaign = await Service<CampaignRepository>().CreateAsync(new Campaign
        {
            Name = "Spring report check", DepartmentId = sales, DialingMode = "predictive", CallerId = "+12125550100",
        }, null, Ct);
        await using var c = await Service<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        await c.ExecuteAsync("update campaigns set status = 'running', survey_id = 'customer-satisfaction', survey_version = 1 where id = @campaign", new { campaign });
        var lists = Service<ContactListRepository>();
        await lists.AddSubscribersAsync(await lists.CreateAsync(campaign, "list", Ct),
            (await c.QueryAsync<long>("select id from subscribers order by id limit 4")).ToArray(), Ct);
        var agent = (await Service<UserRepository>().FindAsync("agent13", Ct))!;
        var entries = (await c.QueryAsync<long>("""
            select e.id from contact_list_entries e join contact_lists l on l.id = e.contact_list_id where l.campaign_id = @campaign order by e.id
            """, new { campaign })).ToList();
        FinishedCall[] calls =
        [
            new("answered", "human", "connected", agent.Id, "accepted"), new("answered", "human", "abandoned"), new("busy"), new("no_answer"),
        ];
        for (var i = 0; i < calls.Length; i++) await FinishedAttempts.InsertAsync(c, entries[i], Morning.AddMinutes(i), calls[i]);
        foreach (var (state, from, seconds) in new[] { ("ready", 0, 60), ("on_call", 60, 240), ("wrap_up", 300, 60) })
            await c.ExecuteAsync("""
                insert into agent_state_changes (agent_id, state, started_at, ended_at, campaign_id)
                values (@agent, @state, @start, @end, @campaign)
                """, new { agent = agent.Id, state, start = Morning.AddSeconds(from), end = Morning.AddSeconds(from + seconds), campaign });
        return (campaign, agent.DisplayName);
    }
}
