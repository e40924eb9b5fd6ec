using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Outreach.Dialer.Pacing;
using Outreach.Dialer.Simulation;

namespace Outreach.Benchmarks;

/// <summary>
/// Predictive against its bounds on the grid: progressive (nothing abandoned), the adaptive baseline at its best setting
/// within the 3 % target, and the oracle (told each agent's exact free time) held to predictive's own abandon rate.
/// </summary>
internal static class BoundsRunner
{
    public static string Run(double minutes, int[] seeds)
    {
        var wall = Stopwatch.StartNew();
        var cells = seeds.SelectMany(seed => ScenarioGrid.All(minutes, seed).Select(s => (Scenario: s, Seed: seed))).ToList();
        var rows = new ConcurrentDictionary<int, string>();
        Parallel.For(0, cells.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var (scenario, seed) = cells[i];
            var bounds = PacingBounds.Measure(scenario);
            rows[i] = string.Create(CultureInfo.InvariantCulture,
                $"| {scenario.Name} | {seed} | {Cell(bounds.Progressive)} | {Cell(bounds.Adaptive)} | {Cell(bounds.AdaptiveAtBest.Result)} ({bounds.AdaptiveAtBest.Level}) | {Cell(bounds.Predictive)} | {Cell(bounds.Oracle)} | {100 * (bounds.Oracle.AgentUtilization - bounds.Predictive.AgentUtilization):0.0} |");
            Console.Error.WriteLine(rows[i]);
        });
        var text = new StringBuilder();
        text.AppendLine("| scenario | seed | progressive | adaptive | adaptive, best ≤ 3 % (setting) | predictive | oracle, best at ≤ predictive's rate | oracle − predictive, points |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var i in Enumerable.Range(0, cells.Count)) text.AppendLine(rows[i]);
        text.AppendLine(string.Create(CultureInfo.InvariantCulture, $"\n{cells.Count} runs of {minutes:0} min in {wall.Elapsed.TotalSeconds:0} s"));
        return text.ToString();
    }

    // abandon % / utilization %
    private static string Cell(SimulationResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{100 * r.AbandonRate:0.00} / {100 * r.AgentUtilization:0.0}");
}
