using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Outreach.Dialer.Pacing;
using Outreach.Dialer.Simulation;

namespace Outreach.Cli.Commands;

/// <summary>`outreach simulate`: runs the dialer simulator on a scenario file and prints the results.</summary>
internal static class SimulateCommand
{
    /// <summary>Exit code for a scenario that cannot be used.</summary>
    public const int MalformedScenario = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var scenario = new Option<FileInfo>("--scenario") { Description = "Scenario JSON file.", Required = true };
        var mode = new Option<string?>("--mode") { Description = "preview, progressive, power, adaptive or predictive (overrides the file)." };
        var seed = new Option<int?>("--seed") { Description = "Random seed (overrides the file)." };
        var compare = new Option<bool>("--compare") { Description = "Run every mode and print a table." };
        var json = new Option<bool>("--json") { Description = "With --compare: print the results as a JSON array." };
        var command = new Command("simulate", "Simulate a campaign's dialling on virtual time and print its measures.")
        {
            scenario, mode, seed, compare, json,
        };
        command.SetAction((ParseResult p, CancellationToken ct) =>
        {
            var (code, stdout, stderr) = Execute(p.GetValue(scenario)!.FullName, p.GetValue(mode), p.GetValue(seed),
                p.GetValue(compare), p.GetValue(json));
            Console.Out.Write(stdout);
            Console.Error.Write(stderr);
            return Task.FromResult(code);
        });
        return command;
    }

    /// <summary>The whole command without the console: exit code, standard output and standard error.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Execute(string path, string? mode, int? seed, bool compare, bool json)
    {
        Scenario scenario;
        try
        {
            if (!File.Exists(path)) return (MalformedScenario, "", $"scenario file not found: {path}\n");
            scenario = ScenarioParser.Parse(File.ReadAllText(path));
            if (mode is not null) scenario = scenario with { Mode = ScenarioParser.ParseMode(mode) };
        }
        catch (ScenarioException e)
        {
            return (MalformedScenario, "", e.Message.ReplaceLineEndings(" ") + "\n");
        }
        if (seed is { } s) scenario = scenario with { Seed = s };
        if (!compare) return (0, JsonSerializer.Serialize(DialerSimulator.Run(scenario), Json) + "\n", "");
        var results = Enum.GetValues<DialingMode>().Select(m => DialerSimulator.Run(scenario, m)).ToList();
        return (0, json ? JsonSerializer.Serialize(results, Json) + "\n" : Table(results), "");
    }

    /// <summary>A fixed-width table of results, one row per mode.</summary>
    public static string Table(IEnumerable<SimulationResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{"mode",-12} {"calls",8} {"humans",7} {"abandon",8} {"maxHour",8} {"util",6} {"talkMin/h",9} {"wait s",7}"));
        foreach (var r in results)
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Mode,-12} {r.CallsPlaced,8} {r.HumanAnswers,7} {r.AbandonRate,8:P2} {r.MaxHourlyAbandonRate,8:P2} {r.AgentUtilization,6:P1} {r.TalkMinutesPerAgentHour,9:F1} {r.MeanAgentWaitSeconds,7:F1}"));
        return text.ToString();
    }
}
