using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Campaigns.Storage;
using Outreach.Cli.LoadTest;

namespace Outreach.Cli.Commands;

/// <summary>`outreach loadtest`: the engine under load (real grains, database, simulated network on real time, bot agents).</summary>
internal static class LoadTestCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static Command Create()
    {
        var db = DatabaseOption.Create();
        var agents = new Option<int>("--agents") { Description = "Bot agents.", DefaultValueFactory = _ => 1000 };
        var campaigns = new Option<int>("--campaigns") { Description = "Campaigns dialling at once.", DefaultValueFactory = _ => 20 };
        var minutes = new Option<double>("--minutes") { Description = "How long the campaigns dial.", DefaultValueFactory = _ => 5 };
        var human = new Option<double>("--human") { Description = "Share of calls a person answers.", DefaultValueFactory = _ => 0.2 };
        var talk = new Option<double>("--talk") { Description = "Mean talk seconds.", DefaultValueFactory = _ => 15 };
        var wrap = new Option<double>("--wrap") { Description = "Mean wrap-up seconds.", DefaultValueFactory = _ => 3 };
        var mode = new Option<string>("--mode") { Description = "Dialling mode of the campaigns.", DefaultValueFactory = _ => "predictive" };
        var target = new Option<double>("--target") { Description = "The campaigns' abandon target (at most 0.03).", DefaultValueFactory = _ => 0.03 };
        var waitTarget = new Option<double>("--wait-target")
        {
            Description = "The campaigns' wait goal: the share of live answers that may find no agent ready (0 = none, pace on abandons only).",
            DefaultValueFactory = _ => LoadTestOptions.DefaultWaitGoal,
        };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON only." };
        var command = new Command("loadtest", "Load the live engine with bot agents and print throughput, connect latency, abandons, lost and duplicate attempts.")
        {
            db, agents, campaigns, minutes, human, talk, wrap, mode, target, waitTarget, json,
        };
        command.SetAction(async (ParseResult p, CancellationToken ct) =>
        {
            var options = new LoadTestOptions
            {
                Agents = p.GetValue(agents), Campaigns = p.GetValue(campaigns), Minutes = p.GetValue(minutes),
                HumanRate = p.GetValue(human), TalkSeconds = p.GetValue(talk), WrapSeconds = p.GetValue(wrap), Mode = p.GetValue(mode)!,
                TargetAbandonRate = p.GetValue(target), TargetWaitRate = p.GetValue(waitTarget) is var w && w == 0 ? null : w,
            };
            if (options.Problems() is { Count: > 0 } problems)
            {
                Console.Error.WriteLine("error: " + string.Join(" ", problems));
                return 2;
            }
            var cs = string.IsNullOrWhiteSpace(p.GetValue(db)) && Environment.GetEnvironmentVariable("OUTREACH_DB") is not { Length: > 0 }
                ? PrivateDatabase.Find() : DatabaseOption.Resolve(p.GetValue(db), Console.Error);
            if (cs is null)
            {
                Console.Error.WriteLine("error: no database: set OUTREACH_DB, pass --db, or start ./run.sh once so its private database exists (and is running)");
                return 2;
            }
            await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(cs, ct);
            var result = await LoadTestRun.RunAsync(cs, options, Console.Error, ct);
            Console.WriteLine(p.GetValue(json) ? JsonSerializer.Serialize(result, Json) : Describe(result));
            return 0;
        });
        return command;
    }

    private static string Describe(LoadTestResult r) =>
        $"{r.Agents} agents, {r.Campaigns} campaigns, {r.Minutes} min: {r.Attempts:N0} attempts ({r.AttemptsPerSecond}/s), " +
        $"connect p50 {r.ConnectP50Ms} ms p99 {r.ConnectP99Ms} ms, abandon rate {r.AbandonRate:P2}, lost {r.LostAttempts}, " +
        $"duplicates {r.DuplicateAttempts}, dashboard lag p99 {r.DashboardLagP99Ms} ms";
}
