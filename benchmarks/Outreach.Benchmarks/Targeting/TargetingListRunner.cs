using System.Diagnostics;
using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Users;
using Outreach.Benchmarks.Import;
using Outreach.Segmentation.Rules;

namespace Outreach.Benchmarks.Targeting;

/// <summary>
/// T5 on a demo base of N subscribers, every one with a propensity score: size, first-20 preview and freeze into a
/// draft's contact list ordered by score, for a broad and a narrow segment.
/// Run: dotnet run -c Release --project benchmarks/Outreach.Benchmarks -- targeting-list [rows].
/// </summary>
internal static class TargetingListRunner
{
    private static readonly (string Name, RuleNode Rule)[] Rules =
    [
        ("everyone with a balance ≥ 0", RuleGroup.AllOf(RuleCondition.Of("balance", ">=", 0))),
        ("women 18–30", RuleGroup.AllOf(RuleCondition.Of("sex", "=", "F"), RuleCondition.Of("age", "between", new[] { 18, 30 }))),
    ];

    public static async Task RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        await using var database = await BenchDatabase.CreateAsync("targeting");
        var db = database.DataSource;
        await new DemoDataLoader(db, new UserRepository(db), new DepartmentRepository(db), NullLogger<DemoDataLoader>.Instance)
            .LoadSubscribersAsync(rows, 7, null, CancellationToken.None);
        var department = await new DepartmentRepository(db).CreateAsync("Bench", CancellationToken.None);
        await using (var c = await db.OpenConnectionAsync())
        {
            // A score for every subscriber, spread evenly and repeatably.
            await c.ExecuteAsync("""
                insert into propensity_scores (subscriber_id, campaign_type, score)
                select id, 'sales', ((hashint8(id) & 2147483647) % 10000) / 10000.0 from subscribers;
                analyze subscribers; analyze subscriber_facts; analyze propensity_scores;
                """, commandTimeout: 600);
        }
        Console.WriteLine($"| Targeting list | {rows:N0} demo subscribers, all scored, {Environment.ProcessorCount} cores |");
        Console.WriteLine("| --- | --- |");
        var targeting = new TargetingListRepository(db);
        var campaigns = new CampaignRepository(db);
        var order = new ListOrder(30, "sales");
        foreach (var (name, rule) in Rules)
        {
            var sql = new RuleCompiler().Compile(rule);
            var query = new SegmentQuery(SegmentSql.FromClause, sql.WhereSql, sql.Parameters);
            var campaign = await campaigns.CreateAsync(new Campaign { Name = name, DepartmentId = department!.Value }, null, CancellationToken.None);
            var count = await TimeAsync(() => targeting.CountAsync(campaign, query, order.RecentContactDays, CancellationToken.None));
            var preview = await TimeAsync(() => targeting.PreviewAsync(campaign, query, order, CancellationToken.None));
            var frozen = await TimeAsync(() => targeting.FreezeAsync(campaign, name, query, order, CancellationToken.None));
            Console.WriteLine($"| {name} | size {count.Value:N0} in {count.Ms:F0} ms; preview (first 20 by score) {preview.Ms:F0} ms; " +
                              $"freeze {frozen.Value!.Size:N0} entries by score {frozen.Ms:F0} ms |");
        }
    }

    private static async Task<(T Value, double Ms)> TimeAsync<T>(Func<Task<T>> run)
    {
        var clock = Stopwatch.StartNew();
        var value = await run();
        return (value, clock.Elapsed.TotalMilliseconds);
    }
}
