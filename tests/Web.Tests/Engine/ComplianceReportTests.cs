using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Web.Tests.Support;

using static Outreach.Web.Tests.Engine.EngineTestData;

namespace Outreach.Web.Tests.Engine;

/// <summary>
/// The compliance report per campaign (D5) read from real attempts in PostgreSQL: figures over and under their limits,
/// the empty state, the page, and who may read it.
/// </summary>
public sealed class ComplianceReportTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Yesterday at 10:00 UTC: inside the US 30-day period and inside calling hours for a UTC subscriber.</summary>
    private static DateTimeOffset Yesterday10 => new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-1).AddHours(10), TimeSpan.Zero);

    private static async Task<JsonElement> FiguresAsync(HttpClient client, long campaign)
    {
        var response = await client.GetAsync($"/api/engine/campaigns/{campaign}/compliance", Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static JsonElement Figure(JsonElement report, string rule) =>
        report.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == rule);

    private static void AssertFigure(JsonElement report, string rule, double value, bool within)
    {
        var figure = Figure(report, rule);
        Assert.Equal(value, figure.GetProperty("value").GetDouble(), 6);
        Assert.Equal(within, figure.GetProperty("withinLimit").GetBoolean());
    }

    /// <summary>The campaign's entries with their subscribers set to UTC, so hours are checked in a known zone.</summary>
    private async Task<IReadOnlyList<(long Entry, long Subscriber, string Phone)>> EntriesAsync(NpgsqlConnection c, long campaign)
    {
        var rows = (await c.QueryAsync<(long, long, string)>("""
            select e.id, e.subscriber_id, e.phone from contact_list_entries e join contact_lists l on l.id = e.contact_list_id
            where l.campaign_id = @campaign order by e.id
            """, new { campaign })).ToList();
        await c.ExecuteAsync("update subscribers set time_zone = 'UTC' where id = any(@ids)", new { ids = rows.Select(r => r.Item2).ToArray() });
        return rows;
    }

    private static Task AttemptAsync(NpgsqlConnection c, long campaign, (long Entry, long Subscriber, string Phone) e, int number,
        DateTimeOffset at, string? connectResult) =>
        c.ExecuteAsync("""
            insert into attempts (entry_id, attempt_number, campaign_id, subscriber_id, phone, placed_at, answered_at, ended_at, outcome, connect_result)
            values (@entry, @number, @campaign, @subscriber, @phone, @at, case when @connectResult is null then null else @at end, @at,
                    case when @connectResult is null then 'no_answer' else 'answered' end, @connectResult)
            """, new { entry = e.Entry, number, campaign, subscriber = e.Subscriber, phone = e.Phone, at, connectResult });

    [Fact]
    public async Task A_campaign_over_its_limits_shows_each_breach_against_its_limit()
    {
        var campaign = await app.CampaignAsync("Sales", CampaignStatus.Running, withContacts: true);
        await using var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        var entries = await EntriesAsync(c, campaign);
        for (var i = 0; i < 4; i++) await AttemptAsync(c, campaign, entries[0], i + 1, Yesterday10.AddHours(i), null);
        await AttemptAsync(c, campaign, entries[1], 1, Yesterday10, "connected");
        await AttemptAsync(c, campaign, entries[2], 1, Yesterday10, "abandoned");
        await c.ExecuteAsync("insert into dnc (phone, added_by, added_at) values (@phone, 'test', @at)",
            new { phone = entries[2].Phone, at = Yesterday10.AddDays(-1) });

        var report = await FiguresAsync(await app.SignedInAsync("manager"), campaign);

        Assert.Equal(6, report.GetProperty("attempts").GetInt32());
        Assert.False(report.GetProperty("compliant").GetBoolean());
        Assert.Equal("US", report.GetProperty("profile").GetString());
        AssertFigure(report, "AttemptsPerDay", 4, within: false);
        AssertFigure(report, "AttemptsPerWeek", 4, within: true);
        AssertFigure(report, "AbandonRate", 0.5, within: false);
        Assert.Equal(0.03, Figure(report, "AbandonRate").GetProperty("limit").GetDouble(), 6);
        AssertFigure(report, "GlobalDoNotCall", 1, within: false);
        AssertFigure(report, "CallerId", 0, within: true);
        AssertFigure(report, "CallingHours", 0, within: true);
        AssertFigure(report, "RingTime", 25, within: true);
    }

    [Fact]
    public async Task A_campaign_under_its_limits_is_compliant()
    {
        var campaign = await app.CampaignAsync("Sales", CampaignStatus.Running, withContacts: true);
        await using var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        var entries = await EntriesAsync(c, campaign);
        await AttemptAsync(c, campaign, entries[0], 1, Yesterday10, "connected");
        await AttemptAsync(c, campaign, entries[0], 2, Yesterday10.AddHours(2), null);
        await AttemptAsync(c, campaign, entries[1], 1, Yesterday10, null);

        var report = await FiguresAsync(await app.SignedInAsync("manager"), campaign);

        Assert.Equal(3, report.GetProperty("attempts").GetInt32());
        Assert.True(report.GetProperty("compliant").GetBoolean(), report.ToString());
        AssertFigure(report, "AttemptsPerDay", 2, within: true);
        AssertFigure(report, "AbandonRate", 0, within: true);
        AssertFigure(report, "GlobalDoNotCall", 0, within: true);
    }

    [Fact]
    public async Task Calls_outside_the_subscribers_hours_are_counted()
    {
        var campaign = await app.CampaignAsync("Sales", CampaignStatus.Running, withContacts: true);
        await using var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        await c.ExecuteAsync("update campaigns set calling_hours_from = '09:00', calling_hours_to = '17:00' where id = @campaign", new { campaign });
        var entries = await EntriesAsync(c, campaign);
        await AttemptAsync(c, campaign, entries[0], 1, Yesterday10, null);
        await AttemptAsync(c, campaign, entries[1], 1, Yesterday10.AddHours(10), null);

        AssertFigure(await FiguresAsync(await app.SignedInAsync("manager"), campaign), "CallingHours", 1, within: false);
    }

    [Fact]
    public async Task A_campaign_without_attempts_has_an_empty_report_and_page()
    {
        var campaign = await app.CampaignAsync("Sales", CampaignStatus.Scheduled);
        var manager = await app.SignedInAsync("manager");
        var report = await FiguresAsync(manager, campaign);
        Assert.Equal(0, report.GetProperty("attempts").GetInt32());
        Assert.True(report.GetProperty("compliant").GetBoolean());
        var page = await manager.GetStringAsync($"/dashboard/campaigns/{campaign}/compliance", Ct);
        Assert.Contains("data-testid=\"compliance-empty\"", page);
        Assert.Contains("data-testid=\"figure-AbandonRate\"", page);
    }

    [Fact]
    public async Task The_page_shows_each_figure_with_its_limit_and_verdict()
    {
        var campaign = await app.CampaignAsync("Sales", CampaignStatus.Running, withContacts: true);
        await using (var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct))
        {
            var entries = await EntriesAsync(c, campaign);
            await AttemptAsync(c, campaign, entries[0], 1, Yesterday10, "abandoned");
        }
        var page = await (await app.SignedInAsync("manager")).GetStringAsync($"/dashboard/campaigns/{campaign}/compliance", Ct);
        Assert.Contains("100.00%", page);
        Assert.Contains("at most 3.00%", page);
        Assert.Contains("data-testid=\"compliance-verdict\"", page);
        Assert.DoesNotContain("compliance-empty", page);
    }

    [Theory]
    [InlineData("agent1")]
    [InlineData("marketer")]
    public async Task Other_roles_get_403(string user)
    {
        var campaign = await app.CampaignAsync("Sales");
        var response = await (await app.SignedInAsync(user)).GetAsync($"/api/engine/campaigns/{campaign}/compliance", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_departments_campaign_is_404_for_a_manager_but_open_to_an_admin()
    {
        var campaign = await app.CampaignAsync("Customer Care");
        var response = await (await app.SignedInAsync("manager")).GetAsync($"/api/engine/campaigns/{campaign}/compliance", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(campaign, (await FiguresAsync(await app.SignedInAsync("admin"), campaign)).GetProperty("campaignId").GetInt64());
        var missing = await (await app.SignedInAsync("admin")).GetAsync("/api/engine/campaigns/987654321/compliance", Ct);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Anonymous_callers_get_401() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/engine/campaigns/1/compliance", Ct)).StatusCode);
}
