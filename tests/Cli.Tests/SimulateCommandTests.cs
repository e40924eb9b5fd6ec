using System.Text.Json;
using Outreach.Cli.Commands;

namespace Outreach.Cli.Tests;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("simulate-").FullName;

    private static string Example =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios", "mid-size-sales.json"))
            .Replace("\"durationMinutes\": 480", "\"durationMinutes\": 20");

    private string Write(string json)
    {
        var path = Path.Combine(_dir, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Prints_one_json_object_with_every_measure()
    {
        var (code, stdout, stderr) = SimulateCommand.Execute(Write(Example), null, null, compare: false, json: false);
        Assert.Equal((0, ""), (code, stderr));
        var root = JsonDocument.Parse(stdout).RootElement;
        string[] fields = ["scenario", "mode", "seed", "callsPlaced", "humanAnswers", "connected", "abandoned", "abandonRate",
            "maxHourlyAbandonRate", "agentUtilization", "talkMinutesPerAgentHour", "meanAgentWaitSeconds",
            "contactsExhausted", "simulatedSeconds", "wallSeconds", "waitRate", "agentWaitP50Seconds", "agentWaitP90Seconds"];
        Assert.Equal(fields, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("mid-size sales", "predictive", 42, 1200L), (root.GetProperty("scenario").GetString(),
            root.GetProperty("mode").GetString(), root.GetProperty("seed").GetInt32(), root.GetProperty("simulatedSeconds").GetInt64()));
        Assert.True(root.GetProperty("callsPlaced").GetInt64() > 0);
    }

    [Fact]
    public void Mode_and_seed_options_override_the_file()
    {
        var (_, stdout, _) = SimulateCommand.Execute(Write(Example), "Progressive", 7, compare: false, json: false);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(("progressive", 7), (root.GetProperty("mode").GetString(), root.GetProperty("seed").GetInt32()));
        Assert.Equal(0, root.GetProperty("abandoned").GetInt64());
    }

    [Fact]
    public void Same_seed_prints_the_same_measures()
    {
        static string Stable(string json) => string.Join('\n', json.Split('\n').Where(l => !l.Contains("wallSeconds")));
        var path = Write(Example);
        Assert.Equal(Stable(SimulateCommand.Execute(path, null, 3, false, false).Stdout),
            Stable(SimulateCommand.Execute(path, null, 3, false, false).Stdout));
    }

    [Theory]
    [InlineData("\"mode\": \"predictive\"", "\"mode\": \"turbo\"", "'mode'")]
    [InlineData("\"busy\": 0.08", "\"busy\": 0.18", "'outcomes'")]
    [InlineData("\"count\": 10", "\"count\": -10", "'agents[1].count'")]
    [InlineData("\"seed\": 42,", "\"seed\": 42,,,", "'(json)'")]
    public void A_malformed_scenario_exits_2_with_one_line_naming_the_field(string from, string to, string field)
    {
        var (code, stdout, stderr) = SimulateCommand.Execute(Write(Example.Replace(from, to)), null, null, false, false);
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains(field, stderr);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Unknown_mode_option_exits_2()
    {
        var (code, _, stderr) = SimulateCommand.Execute(Write(Example), "turbo", null, false, false);
        Assert.Equal(2, code);
        Assert.Contains("'mode'", stderr);
    }

    [Fact]
    public void Compare_runs_every_mode()
    {
        var path = Write(Example);
        var table = SimulateCommand.Execute(path, null, null, compare: true, json: false).Stdout;
        foreach (var mode in new[] { "preview", "progressive", "power", "adaptive", "predictive" })
            Assert.Contains(mode, table);
        var array = JsonDocument.Parse(SimulateCommand.Execute(path, null, null, compare: true, json: true).Stdout).RootElement;
        Assert.Equal(5, array.GetArrayLength());
    }
}
