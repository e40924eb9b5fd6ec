using Dapper;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Reports;
using Outreach.Campaigns.Users;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests.Reports;

/// <summary>Campaign results and agent efficiency over a period, on a real database with hand-counted attempts and spans.</summary>
public sealed class ReportRepositoryTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Day = new(2026, 11, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly ReportPeriod TheDay = new(new DateOnly(2026, 11, 10), new DateOnly(2026, 11, 10));
    private readonly ReportRepository reports = new(db.DataSource);
    private int department, otherDepartment, agent;
    private long campaign, otherCampaign;

    public async ValueTask InitializeAsync()
    {
        var departments = new DepartmentRepository(db.DataSource);
        department = (await departments.CreateAsync("Reports " + Guid.NewGuid().ToString("N")[..6], Ct))!.Value;
        otherDepartment = (await departments.CreateAsync("Elsewhere " + Guid.NewGuid().ToString("N")[..6], Ct))!.Value;
        var loader = new DemoDataLoader(db.DataSource, new UserRepository(db.DataSource), departments,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<DemoDataLoader>.Instance);
        await loader.LoadSubscribersAsync(10, 3, null, Ct);
        campaign = await CampaignAsync("Winter offer", department);
        otherCampaign = await CampaignAsync("Other people's", otherDepartment);
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        agent = await c.ExecuteScalarAsync<int>("""
            insert into users (username, display_name, password_hash, department_id)
            values (@name, 'Ada Agent', 'x', @department) returning id
            """, new { name = "ada" + Guid.NewGuid().ToString("N")[..6], department });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Campaign_results_count_the_attempts_made_in_the_period_and_the_talk_inside_it()
    {
        var entries = await EntriesAsync(campaign);
        // Six attempts on the day: 2 connected (one subscriber twice), 1 abandoned, 1 machine, 1 busy, 1 no answer.
        await AttemptAsync(entries[0], 1, Day.AddHours(9), "answered", "human", "connected", agent, "accepted");
        await AttemptAsync(entries[0], 2, Day.AddHours(10), "answered", "human", "connected", agent, "callback");
        await AttemptAsync(entries[1], 1, Day.AddHours(11), "answered", "human", "abandoned", null, null);
        await AttemptAsync(entries[2], 1, Day.AddHours(12), "answered", "machine", null, null, null);
        await AttemptAsync(entries[3], 1, Day.AddHours(13), "busy", null, null, null, null);
        await AttemptAsync(entries[4], 1, Day.AddHours(14), "no_answer", null, null, null, null);
        // Outside the period on both sides.
        await AttemptAsync(entries[5], 1, Day.AddMinutes(-1), "answered", "human", "connected", agent, "accepted");
        await AttemptAsync(entries[6], 1, Day.AddDays(1), "busy", null, null, null, null);
        // Talk: 100 s inside, plus a span crossing midnight of which 30 s fall inside; wrap-up 20 s.
        await SpanAsync("on_call", Day.AddHours(9), 100, campaign);
        await SpanAsync("on_call", Day.AddSeconds(-50), 80, campaign);
        await SpanAsync("wrap_up", Day.AddHours(9).AddSeconds(100), 20, campaign);

        var rows = await reports.CampaignResultsAsync(TheDay, [department], Ct);

        var row = Assert.Single(rows);
        Assert.Equal(("Winter offer", "draft"), (row.Name, row.Status));
        Assert.Equal((6L, 3L, 1L, 1L, 1L, 0L), (row.Placed, row.HumanAnswers, row.Machines, row.Busy, row.NoAnswer, row.Failed));
        Assert.Equal((2L, 1L, 1L), (row.Connected, row.Abandoned, row.SubscribersReached));
        Assert.Equal(1.0 / 3, row.AbandonRate, 6);
        Assert.Equal(0.5, row.AnswerRate, 6);
        Assert.Equal((130.0, 20.0), (row.TalkSeconds, row.WrapUpSeconds));
        Assert.Equal(65, row.AverageTalkSeconds, 6);

        var codes = await reports.DispositionsAsync(TheDay, [department], Ct);
        Assert.Equal(["accepted:1", "callback:1"], codes.Select(d => $"{d.Code}:{d.Calls}").Order());
    }

    [Fact]
    public async Task Each_department_sees_its_own_campaigns_and_an_administrator_sees_all()
    {
        // A day of its own, so the other tests' attempts do not count here.
        var day = new ReportPeriod(new DateOnly(2026, 11, 11), new DateOnly(2026, 11, 11));
        await AttemptAsync((await EntriesAsync(otherCampaign))[0], 1, day.Start.AddHours(8), "busy", null, null, null, null);
        await AttemptAsync((await EntriesAsync(campaign))[7], 1, day.Start.AddHours(8), "busy", null, null, null, null);

        Assert.Equal([campaign], (await reports.CampaignResultsAsync(day, [department], Ct)).Select(r => r.CampaignId));
        Assert.Equal([otherCampaign], (await reports.CampaignResultsAsync(day, [otherDepartment], Ct)).Select(r => r.CampaignId));
        var all = (await reports.CampaignResultsAsync(day, null, Ct)).Select(r => r.CampaignId).ToList(); // the demo's campaigns too
        Assert.Contains(campaign, all);
        Assert.Contains(otherCampaign, all);
        Assert.Empty(await reports.CampaignResultsAsync(day, [], Ct));
    }

    [Fact]
    public async Task Agent_efficiency_sums_each_state_inside_the_period_and_leaves_pauses_out_of_occupancy()
    {
        var day = new ReportPeriod(new DateOnly(2026, 11, 12), new DateOnly(2026, 11, 12));
        var start = day.Start;
        await SpanAsync("ready", start.AddHours(8), 60, null);
        await SpanAsync("reserved", start.AddHours(8).AddSeconds(60), 2, campaign);
        await SpanAsync("on_call", start.AddHours(8).AddSeconds(62), 118, campaign);
        await SpanAsync("wrap_up", start.AddHours(8).AddSeconds(180), 20, campaign);
        await SpanAsync("paused", start.AddHours(9), 600, null);
        await SpanAsync("logged_out", start.AddHours(10), 3600, null);
        await SpanAsync("ready", start.AddSeconds(-100), 120, null); // 20 s inside
        var entries = await EntriesAsync(campaign);
        await AttemptAsync(entries[8], 1, start.AddHours(8).AddSeconds(55), "answered", "human", "connected", agent, "accepted");

        var row = Assert.Single(await reports.AgentEfficiencyAsync(day, [department], Ct));

        Assert.Equal(("Ada Agent", 1L), (row.Name, row.Calls));
        Assert.Equal((118.0, 20.0, 82.0, 600.0), (row.TalkSeconds, row.WrapUpSeconds, row.WaitSeconds, row.PausedSeconds));
        Assert.Equal(820, row.LoggedInSeconds, 6);
        Assert.Equal(138.0 / 220, row.Occupancy, 6);
        Assert.Equal(138, row.AverageHandleSeconds, 6);
        Assert.Empty(await reports.AgentEfficiencyAsync(day, [otherDepartment], Ct));
    }

    [Theory]
    [InlineData("2026-11-10", "2026-11-09", "from")]
    [InlineData("2025-01-01", "2026-01-02", "to")]
    public void A_period_backwards_or_longer_than_a_year_names_the_field(string from, string to, string field)
    {
        var (period, badField, problem) = ReportPeriod.Check(DateOnly.Parse(from), DateOnly.Parse(to));
        Assert.Null(period);
        Assert.Equal(field, badField);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Fact]
    public void A_period_of_one_day_runs_from_midnight_to_midnight_utc()
    {
        Assert.Equal((Day, Day.AddDays(1)), (TheDay.Start, TheDay.End));
        Assert.Equal(7, ReportPeriod.Last(7, new DateOnly(2026, 11, 10)).Days);
        Assert.NotNull(ReportPeriod.Check(new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1)).Period);
    }

    private async Task<long> CampaignAsync(string name, int departmentId)
    {
        var id = await new CampaignRepository(db.DataSource).CreateAsync(
            new Campaign { Name = name, DepartmentId = departmentId, CallerId = "+12125550100" }, null, Ct);
        var lists = new ContactListRepository(db.DataSource);
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        await lists.AddSubscribersAsync(await lists.CreateAsync(id, "list", Ct), (await c.QueryAsync<long>("select id from subscribers order by id")).ToArray(), Ct);
        return id;
    }

    private async Task<IReadOnlyList<(long Id, long SubscriberId)>> EntriesAsync(long campaignId)
    {
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        return (await c.QueryAsync<(long, long)>("""
            select e.id, e.subscriber_id from contact_list_entries e join contact_lists l on l.id = e.contact_list_id
            where l.campaign_id = @campaignId order by e.id
            """, new { campaignId })).ToList();
    }

    private async Task AttemptAsync((long Id, long SubscriberId) entry, int number, DateTimeOffset at, string outcome,
        string? answerClass, string? connectResult, int? agentId, string? disposition)
    {
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        await FinishedAttempts.InsertAsync(c, entry.Id, at, new FinishedCall(outcome, answerClass, connectResult, agentId, disposition), number);
    }

    private async Task SpanAsync(string state, DateTimeOffset start, double seconds, long? campaignId)
    {
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        await c.ExecuteAsync("""
            insert into agent_state_changes (agent_id, state, started_at, ended_at, campaign_id)
            values (@agent, @state, @start, @end, @campaignId)
            """, new { agent, state, start, end = start.AddSeconds(seconds), campaignId });
    }
}
