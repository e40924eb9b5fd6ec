using System.Globalization;
using System.Text;
using System.Text.Json;
using Outreach.Cli.Commands;

namespace Outreach.Cli.Tests;

public sealed class ModelEvaluateCommandTests : IDisposable
{
    private readonly SegmentationCsvFile file = new("model-evaluate");

    public void Dispose() => file.Dispose();

    [Fact]
    public void Prints_auc_features_and_skipped_rows_as_json()
    {
        var csv = file.Write(OutcomesCsv(4_000));

        var (code, json, error) = Run(new ModelEvaluateRequest(csv, "outcome", "msisdn", null));

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var root = json!.RootElement;
        Assert.Equal(3_998, root.GetProperty("rows").GetInt32());
        Assert.Equal(3_998, root.GetProperty("trainRows").GetInt32() + root.GetProperty("testRows").GetInt32());
        Assert.True(root.GetProperty("auc").GetDouble() >= 0.8);
        Assert.Equal("usage", root.GetProperty("features")[0].GetProperty("name").GetString());
        var skipped = root.GetProperty("skippedRows").EnumerateArray().Select(s => s.GetProperty("line").GetInt32());
        Assert.Equal([12, 101], skipped);
    }

    [Fact]
    public void Missing_file_exits_2_with_one_line()
    {
        var (code, json, error) = Run(new ModelEvaluateRequest(file.Path, "outcome", null, null));

        Assert.Equal(2, code);
        Assert.Null(json);
        Assert.Equal($"error: file not found: {file.Path}", error.TrimEnd());
    }

    [Fact]
    public void Missing_label_column_exits_2_naming_the_column()
    {
        var csv = file.Write(OutcomesCsv(50));

        var (code, _, error) = Run(new ModelEvaluateRequest(csv, "accepted", null, null));

        Assert.Equal(2, code);
        Assert.StartsWith("error: column 'accepted' not found", error);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Command_line_reaches_the_command()
    {
        var root = new System.CommandLine.RootCommand();
        foreach (var command in CommandCatalog.All())
            root.Subcommands.Add(command);

        var code = root.Parse(["model", "evaluate", "--csv", file.Path, "--label", "outcome"]).Invoke();

        Assert.Equal(2, code);
    }

    /// <summary>Outcomes driven by usage and plan; line 12 has a bad number, line 101 a blank label.</summary>
    internal static string OutcomesCsv(int rows)
    {
        var random = new Random(17);
        var text = new StringBuilder("msisdn,usage,plan,age,outcome\n");
        for (var r = 0; r < rows; r++)
        {
            var usage = random.NextDouble() * 10;
            var plan = random.NextDouble() < 0.5 ? "basic" : "max";
            var accepted = random.NextDouble() < 1 / (1 + Math.Exp(-(usage - 5 + (plan == "max" ? 1 : -1))));
            var line = string.Create(CultureInfo.InvariantCulture,
                $"38050{r:D7},{(r == 10 ? "lots" : usage.ToString("F2", CultureInfo.InvariantCulture))},{plan},{random.Next(18, 80)},{(r == 99 ? "" : accepted ? "1" : "0")}");
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    private static (int Code, JsonDocument? Json, string Error) Run(ModelEvaluateRequest request)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ModelEvaluateCommand.Run(request, output, error, CancellationToken.None);
        var json = output.ToString().Length == 0 ? null : JsonDocument.Parse(output.ToString());
        return (code, json, error.ToString());
    }
}
