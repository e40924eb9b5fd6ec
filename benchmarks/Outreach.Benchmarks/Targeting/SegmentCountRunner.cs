using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Benchmarks.Import;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Users;
using Outreach.Segmentation.Rules;

namespace Outreach.Benchmarks.Targeting;

/// <summary>
/// T1 live count on a demo base of N subscribers with facts: each rule compiled and counted three times.
/// Run: dotnet run -c Release --project benchmarks/Outreach.Benchmarks -- segment-count [rows].
/// </summary>
internal static class SegmentCountRunner
{
    private static readonly (string Name, RuleNode Rule)[] Rules =
    [
        ("women 18–30 (subscribers only)", RuleGroup.AllOf(RuleCondition.Of("sex", "=", "F"), RuleCondition.Of("age", "between", new[] { 18, 30 }))),
        ("data ≥ 20 GB and tariff in 2 plans (join facts)", RuleGroup.AllOf(
            RuleCondition.Of("dataMbPerMonth", ">=", 20_000), RuleCondition.Of("tariff", "in", new[] { "Smart 20", "Unlimited" }))),
        ("roaming interest or no SMS consent, not prospects", RuleGroup.AllOf(
            RuleGroup.AnyOf(RuleCondition.Of("interests", "contains", "roaming"), RuleCondition.Of("consentSms", "is false")),
            RuleGroup.Negate(RuleCondition.Of("isProspect", "is true")))),
    ];

    public static async Task RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        await using var database = await BenchDatabase.CreateAsync("segments");
        var load = Stopwatch.StartNew();
        await new DemoDataLoader(database.DataSource, new UserRepository(database.DataSource), new DepartmentRepository(database.DataSource),
            NullLogger<DemoDataLoader>.Instance).LoadSubscribersAsync(rows, 7, null, CancellationToken.None);
        await using (var c = await database.DataSource.OpenConnectionAsync())
        await using (var analyze = new Npgsql.NpgsqlCommand("analyze subscribers; analyze subscriber_facts", c))
            await analyze.ExecuteNonQueryAsync();
        Console.WriteLine($"| Segment count | {rows:N0} demo subscribers with facts (loaded in {load.Elapsed.TotalSeconds:F0} s), {Environment.ProcessorCount} cores |");
        Console.WriteLine("| --- | --- |");
        var repository = new SegmentRepository(database.DataSource);
        var compiler = new RuleCompiler();
        foreach (var (name, rule) in Rules)
        {
            var sql = compiler.Compile(rule);
            var query = new SegmentQuery(SegmentSql.FromClause, sql.WhereSql, sql.Parameters);
            var times = new List<double>();
            long count = 0;
            for (var i = 0; i < 3; i++)
            {
                var clock = Stopwatch.StartNew();
                count = await repository.CountAsync(query, CancellationToken.None);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"| {name} | {count:N0} matches; count {string.Join(" / ", times.Select(t => $"{t:F0}"))} ms (3 runs) |");
        }
    }
}
