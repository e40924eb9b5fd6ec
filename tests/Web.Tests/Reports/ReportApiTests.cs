using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Outreach.TestSupport;
using Outreach.Web.Tests.Engine;
using Outreach.Web.Tests.Support;

namespace Outreach.Web.Tests.Reports;

/// <summary>/api/reports (M2): campaign results and agent efficiency over a period, as JSON and as CSV, Excel and HTML files.</summary>
public sealed class ReportApiTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    // A day the demo data leaves alone, so the counts below are the test's own.
    private const string Day = "2025-03-10";
    private static readonly DateTimeOffset Morning = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_manager_reads_the_results_of_their_departments_campaigns_over_a_period()
    {
        var (campaign, name) = await CampaignWithCallsAsync();
        var manager = await app.SignedInAsync("manager");

        var report = await manager.GetFromJsonAsync<JsonElement>($"/api/reports/campaigns?from={Day}&to={Day}", Ct);

        var row = report.GetProperty("campaigns").EnumerateArray().Single(r => r.GetProperty("campaignId").GetInt64() == campaign);
        Assert.Equal(name, row.GetProperty("name").GetString());
        Assert.Equal((3, 2, 1, 1), (row.GetProperty("placed").GetInt32(), row.GetProperty("humanAnswers").GetInt32(),
            row.GetProperty("connected").GetInt32(), row.GetProperty("abandoned").GetInt32()));
        Assert.Equal(0.5, row.GetProperty("abandonRate").GetDouble(), 6);
        Assert.Contains(report.GetProperty("dispositions").EnumerateArray(),
            d => d.GetProperty("campaignId").GetInt64() == campaign && d.GetProperty("code").GetString() == "accepted");
        // Another department's campaign with calls the same day stays out of the manager's report.
        var (other, _) = await CampaignWithCallsAsync("Customer Care");
        var ids = (await manager.GetFromJsonAsync<JsonElement>($"/api/reports/campaigns?from={Day}&to={Day}", Ct))
            .GetProperty("campaigns").EnumerateArray().Select(r => r.GetProperty("campaignId").GetInt64()).ToList();
        Assert.Contains(campaign, ids);
        Assert.DoesNotContain(other, ids);
    }

    [Fact]
    public async Task The_campaign_report_exports_as_csv_excel_and_html_with_the_same_figures()
    {
        var (campaign, name) = await CampaignWithCallsAsync();
        var manager = await app.SignedInAsync("manager");
        var query = $"from={Day}&to={Day}";

        var csv = await manager.GetAsync($"/api/reports/campaigns/export?{query}&format=csv", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"campaigns-{Day}-{Day}.csv", csv.Content.Headers.ContentDisposition!.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.None)
            .SelectMany(l => l.Split('\n')).ToList();
        Assert.Contains("Campaign,Department,Status,Mode,Calls placed,Live answers,Answer rate (%)", lines[1]);
        Assert.Contains(lines, l => l.StartsWith($"{name},Sales,draft,progressive,3,2,66.67,0,1,0,0,1,1,50,1,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == $"{name},accepted,1");

        var xlsx = await manager.GetAsync($"/api/reports/campaigns/export?{query}&format=xlsx", Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new XLWorkbook(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct)));
        var sheet = book.Worksheet("Campaign results");
        var excelRow = sheet.RowsUsed().Single(r => r.Cell(1).GetString() == name);
        Assert.Equal(3, excelRow.Cell(5).GetValue<int>());
        Assert.Equal(50, excelRow.Cell(14).GetValue<double>());
        Assert.Equal("Dispositions", book.Worksheet(2).Name);

        var html = await (await manager.GetAsync($"/api/reports/campaigns/export?{query}&format=html", Ct)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("<h1>Campaign results</h1>", html);
        Assert.Contains($"<td>{name}</td>", html);
        Assert.Contains("<td class=\"n\">50.0 %</td>", html);
        Assert.Contains(campaign.ToString(), await manager.GetStringAsync($"/api/reports/campaigns?{query}", Ct));
    }

    [Fact]
    public async Task Agent_efficiency_adds_up_the_agents_time_in_the_period()
    {
        await using var c = await Data().OpenConnectionAsync(Ct);
        var agent = await c.ExecuteScalarAsync<int>("select id from users where username = 'agent12'");
        foreach (var (state, offset, seconds) in new[] { ("ready", 0, 30), ("on_call", 30, 240), ("wrap_up", 270, 30), ("paused", 300, 300) })
            await c.ExecuteAsync("""
                insert into agent_state_changes (agent_id, state, started_at, ended_at)
                values (@agent, @state, @start, @end)
                """, new { agent, state, start = Morning.AddDays(1).AddSeconds(offset), end = Morning.AddDays(1).AddSeconds(offset + seconds) });
        var manager = await app.SignedInAsync("manager");

        var rows = await manager.GetFromJsonAsync<JsonElement>("/api/reports/agents?from=2025-03-11&to=2025-03-11", Ct);

        var row = rows.EnumerateArray().Single(r => r.GetProperty("agentId").GetInt32() == agent);
        Assert.Equal((240.0, 30.0, 30.0, 300.0), (row.GetProperty("talkSeconds").GetDouble(), row.GetProperty("wrapUpSeconds").GetDouble(),
            row.GetProperty("waitSeconds").GetDouble(), row.GetProperty("pausedSeconds").GetDouble()));
        Assert.Equal(0.9, row.GetProperty("occupancy").GetDouble(), 6);
        var csv = await manager.GetStringAsync("/api/reports/agents/export?from=2025-03-11&to=2025-03-11&format=csv", Ct);
        Assert.Contains(",0,600,240,30,30,300,90,0", csv);
    }

    [Theory]
    [InlineData("/api/reports/campaigns?from=2025-03-10&to=2025-03-01", "from")]
    [InlineData("/api/reports/campaigns?from=2024-01-01&to=2025-03-01", "to")]
    [InlineData("/api/reports/agents?from=10/03/2025", "from")]
    [InlineData("/api/reports/campaigns/export?format=pdf", "format")]
    [InlineData("/api/reports/campaigns/export", "format")]
    public async Task A_bad_period_or_format_is_a_validation_problem_naming_the_field(string url, string field)
    {
        var manager = await app.SignedInAsync("manager");
        var response = await manager.GetAsync(url, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on '{field}'");
    }

    [Fact]
    public async Task An_unknown_report_is_404_and_agents_and_marketers_may_not_read_reports()
    {
        var manager = await app.SignedInAsync("manager");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/reports/payroll/export?format=csv", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("agent1")).GetAsync("/api/reports/campaigns", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("marketer")).GetAsync("/api/reports/agents", Ct)).StatusCode);
    }

    private NpgsqlDataSource Data() => app.Services.GetRequiredService<NpgsqlDataSource>();

    /// <summary>A Sales campaign with three attempts on <see cref="Day"/>: connected (accepted), abandoned, busy.</summary>
    private async Task<(long Campaign, string Name)> CampaignWithCallsAsync(string department = "Sales")
    {
        var campaign = await app.CampaignAsync(department, withContacts: true);
        await using var c = await Data().OpenConnectionAsync(Ct);
        var name = await c.ExecuteScalarAsync<string>("select name from campaigns where id = @campaign", new { campaign });
        var entries = (await c.QueryAsync<long>("""
            select e.id from contact_list_entries e join contact_lists l on l.id = e.contact_list_id where l.campaign_id = @campaign order by e.id
            """, new { campaign })).ToList();
        var agent = await c.ExecuteScalarAsync<int>("select id from users where username = 'agent12'");
        FinishedCall[] calls = [new("answered", "human", "connected", agent, "accepted"), new("answered", "human", "abandoned"), new("busy")];
        for (var i = 0; i < calls.Length; i++) await FinishedAttempts.InsertAsync(c, entries[i], Morning.AddMinutes(i), calls[i]);
        return (campaign, name!);
    }
}
