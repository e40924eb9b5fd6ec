using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Benchmarks.Import;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Campaigns.Users;
using Outreach.Segmentation;
using Outreach.Web.Targeting.Analysis;

namespace Outreach.Benchmarks.Analysis;

/// <summary>
/// T2–T4 as the web app runs them, on a demo base of N subscribers in PostgreSQL: each job end to end (read the
/// base, analyse, store every subscriber's segment or score), with the time spent in each stage.
/// Run: dotnet run -c Release --project benchmarks/Outreach.Benchmarks -- analysis-jobs [rows].
/// </summary>
internal static class AnalysisJobsRunner
{
    public static async Task RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        await using var database = await BenchDatabase.CreateAsync("analysis");
        var db = database.DataSource;
        var load = Stopwatch.StartNew();
        await new DemoDataLoader(db, new UserRepository(db), new DepartmentRepository(db), NullLogger<DemoDataLoader>.Instance)
            .LoadAsync(rows, 7, null, CancellationToken.None);
        Console.WriteLine($"| Job | {rows:N0} demo subscribers (loaded in {load.Elapsed.TotalSeconds:F0} s), {Environment.ProcessorCount} cores |");
        Console.WriteLine("| --- | --- |");
        var jobs = new AnalysisJobRepository(db);
        var reader = new BehaviourReader(db);
        await TimeAsync(jobs, new ClusteringRun(reader, new ClusterRepository(db)), new { });
        await TimeAsync(jobs, new PatternRun(reader), new { });
        await TimeAsync(jobs, new PropensityRun(reader, new PropensityScoreRepository(db)), new PropensityRequest("upsell", null));
    }

    private static async Task TimeAsync(AnalysisJobRepository jobs, IAnalysisRun run, object parameters)
    {
        await jobs.TryEnqueueAsync(run.Kind, System.Text.Json.JsonSerializer.Serialize(parameters, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)), "bench", CancellationToken.None);
        var job = (await jobs.ClaimNextAsync(CancellationToken.None))!;
        var stages = new StageClock();
        var clock = Stopwatch.StartNew();
        var result = await run.RunAsync(job, stages, CancellationToken.None);
        stages.Report(new AnalysisProgress("end", 1));
        Console.WriteLine($"| {run.Kind} | {clock.Elapsed.TotalSeconds:F1} s end to end: {stages} · {Summary(result)} |");
    }

    private static string Summary(string json)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var root = doc.RootElement;
        return string.Join(", ", new[] { "k", "auc", "outcomes", "scored" }
            .Where(p => root.TryGetProperty(p, out _)).Select(p => $"{p} {root.GetProperty(p)}"));
    }

    /// <summary>Seconds spent in each reported stage (a stage lasts until the next one is reported).</summary>
    private sealed class StageClock : IProgress<AnalysisProgress>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private readonly List<(string Stage, double Seconds)> spent = [];
        private string? current;
        private double since;

        public void Report(AnalysisProgress value)
        {
            var stage = value.Stage.StartsWith("trying K", StringComparison.Ordinal) ? "choosing K" : value.Stage;
            if (stage == current)
                return;
            lock (spent)
            {
                var now = clock.Elapsed.TotalSeconds;
                if (current is not null)
                    spent.Add((current, now - since));
                (current, since) = (stage, now);
            }
        }

        public override string ToString() => string.Join(", ", spent.GroupBy(s => s.Stage)
            .Select(g => $"{g.Key} {g.Sum(s => s.Seconds):F1} s"));
    }
}
