using System.Diagnostics;
using System.Globalization;
using Outreach.Dialer.Pacing;
using Outreach.Dialer.Simulation;

namespace Outreach.Benchmarks;

/// <summary>
/// Times an 8-hour shift of 100 agents in every mode (after a warm-up run): wall time, and the
/// process's CPU time, which a machine shared with other builds inflates far less.
/// </summary>
internal static class SpeedRunner
{
    public static Scenario Shift => ScenarioGrid.Basic(100, 0.30, 180, 480, 1) with { Name = "8 h, 100 agents" };

    public static string Run()
    {
        DialerSimulator.Run(Shift with { DurationMinutes = 30 });
        var lines = new List<string>();
        foreach (var mode in Enum.GetValues<DialingMode>())
        {
            var times = new List<double>();
            var cpu = new List<double>();
            long calls = 0;
            for (var i = 0; i < 3; i++)
            {
                var process = Process.GetCurrentProcess();
                var cpuBefore = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                calls = DialerSimulator.Run(Shift, mode).CallsPlaced;
                times.Add(watch.Elapsed.TotalSeconds);
                process.Refresh();
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
            }
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {mode.ToString().ToLowerInvariant()} | {calls} | {times.Min():0.000} | {times.Average():0.000} | {cpu.Min():0.000} |"));
        }
        return "| mode | calls placed | best wall s | mean wall s | best CPU s |\n|---|---|---|---|---|\n" + string.Join("\n", lines) + "\n";
    }
}
