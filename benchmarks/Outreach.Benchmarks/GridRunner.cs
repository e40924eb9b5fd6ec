using System.Globalization;
using System.Text;
using Outreach.Dialer.Pacing;
using Outreach.Dialer.Simulation;

namespace Outreach.Benchmarks;

/// <summary>Runs every mode over the scenario grid and writes a markdown table.</summary>
internal static class GridRunner
{
    public static string Run(double minutes, int[] seeds, DialingMode[] modes)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | seed | " + string.Join(" | ", modes.Select(m => m.ToString().ToLowerInvariant())) + " |");
        text.AppendLine("|---|---|" + string.Concat(modes.Select(_ => "---|")));
        foreach (var seed in seeds)
            foreach (var scenario in ScenarioGrid.All(minutes, seed))
            {
                var cells = modes.Select(m => Cell(DialerSimulator.Run(scenario, m)));
                var line = $"| {scenario.Name} | {seed} | {string.Join(" | ", cells)} |";
                text.AppendLine(line);
                Console.Error.WriteLine(line);
            }
        return text.ToString();
    }

    // abandon % / worst hour % / utilization %
    private static string Cell(SimulationResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{100 * r.AbandonRate:0.00} / {100 * r.MaxHourlyAbandonRate:0.00} / {100 * r.AgentUtilization:0.0}");
}
