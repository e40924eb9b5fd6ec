using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Benchmarks.Import;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Reports;
using Outreach.Campaigns.Users;

namespace Outreach.Benchmarks.Reports;

/// <summary>
/// M2 reports on a base of N attempts spread over 90 days across 40 campaigns, and 200 agents' state spans over the
/// same days (about 100 spans per agent and day): campaign results and agent efficiency for a day, a week, a month.
/// Run: dotnet run -c Release --project benchmarks/Outreach.Benchmarks -- reports [attempts].
/// </summary>
internal static class ReportsRunner
{
    private static readonly DateOnly LastDay = new(2026, 11, 30);

    public static async Task RunAsync(string[] args)
    {
        var attempts = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000_000;
        await using var database = await BenchDatabase.CreateAsync("reports");
        var db = database.DataSource;
        var seeding = Stopwatch.StartNew();
        await new DemoDataLoader(db, new UserRepository(db), new DepartmentRepository(db), NullLogger<DemoDataLoader>.Instance)
            .LoadSubscribersAsync(100_000, 7, null, CancellationToken.None);
        var department = (await new DepartmentRepository(db).CreateAsync("Bench", CancellationToken.None))!.Value;
        await using (var c = await db.OpenConnectionAsync())
            await c.ExecuteAsync(SeedSql, new { department, attempts, perCampaign = attempts / 40, last = LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue) }, commandTimeout: 3600);
        Console.WriteLine($"| Reports | {attempts:N0} attempts over 90 days, 40 campaigns, 200 agents' spans; {Environment.ProcessorCount} cores; seeded in {seeding.Elapsed.TotalSeconds:F0} s |");
        Console.WriteLine("| --- | --- |");
        var reports = new ReportRepository(db);
        foreach (var days in new[] { 1, 7, 30 })
        {
            var period = ReportPeriod.Last(days, LastDay);
            var campaigns = await TimeAsync(() => reports.CampaignResultsAsync(period, [department], CancellationToken.None));
            var dispositions = await TimeAsync(() => reports.DispositionsAsync(period, [department], CancellationToken.None));
            var agents = await TimeAsync(() => reports.AgentEfficiencyAsync(period, [department], CancellationToken.None));
            Console.WriteLine($"| {days} day(s) | campaign results ({campaigns.Value.Sum(r => r.Placed):N0} calls, {campaigns.Value.Count} campaigns) " +
                              $"{campaigns.Ms:F0} ms; dispositions {dispositions.Ms:F0} ms; agent efficiency ({agents.Value.Count} agents) {agents.Ms:F0} ms |");
        }
    }

    private static async Task<(T Value, double Ms)> TimeAsync<T>(Func<Task<T>> run)
    {
        await run(); // warm: the first read pays for the cache
        var clock = Stopwatch.StartNew();
        var value = await run();
        return (value, clock.Elapsed.TotalMilliseconds);
    }

    private const string SeedSql = """
        insert into campaigns (name, department_id, caller_id, status)
        select 'Bench ' || g, @department, '+12125550100', 'running' from generate_series(1, 40) g;
        insert into contact_lists (campaign_id, name) select id, 'list' from campaigns where department_id = @department;
        insert into users (username, display_name, password_hash, department_id)
        select 'bench' || g, 'Bench agent ' || g, 'x', @department from generate_series(1, 200) g;
        -- One entry and one attempt per (campaign, subscriber) pair, times spread over the 90 days.
        insert into contact_list_entries (contact_list_id, subscriber_id, phone, status)
        select l.id, s.id, s.phone, 'done' from contact_lists l
        join campaigns c on c.id = l.campaign_id and c.department_id = @department
        cross join lateral (select id, phone from subscribers order by id limit @perCampaign) s;
        insert into attempts (entry_id, attempt_number, campaign_id, subscriber_id, phone, created_at, placed_at, ended_at,
                              outcome, answer_class, connect_result, agent_id, disposition_code)
        select e.id, 1, l.campaign_id, e.subscriber_id, '+12125550000', t.at, t.at, t.at + interval '1 minute',
               case when h < 30 then 'answered' when h < 45 then 'no_answer' when h < 55 then 'busy' else 'failed' end,
               case when h < 25 then 'human' when h < 30 then 'machine' end,
               case when h < 23 then 'connected' when h < 25 then 'abandoned' end,
               case when h < 23 then (select id from users where username = 'bench' || (1 + e.id % 200)) end,
               case when h < 23 then (array['accepted', 'declined', 'callback'])[1 + e.id % 3] end
        from contact_list_entries e join contact_lists l on l.id = e.contact_list_id
        join campaigns c on c.id = l.campaign_id and c.department_id = @department
        cross join lateral (select (hashint8(e.id) & 2147483647) % 100 as h) k
        cross join lateral (select @last::timestamptz - make_interval(secs => (hashint8(e.id * 7) & 2147483647) % (90 * 86400)) as at) t;
        -- Each agent: 100 spans a day (ready, on call, wrap-up in turn), 90 days.
        insert into agent_state_changes (agent_id, state, started_at, ended_at, campaign_id)
        select u.id, (array['ready', 'on_call', 'wrap_up'])[1 + n % 3],
               @last::timestamptz - make_interval(days => d) + make_interval(secs => n * 280),
               @last::timestamptz - make_interval(days => d) + make_interval(secs => n * 280 + 270),
               (select min(id) from campaigns where department_id = @department)
        from users u cross join generate_series(0, 89) d cross join generate_series(0, 99) n
        where u.username like 'bench%';
        analyze attempts; analyze agent_state_changes; analyze contact_list_entries;
        """;
}
