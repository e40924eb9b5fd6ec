using System.Globalization;
using System.Text;
using System.Text.Json;
using Outreach.Cli.Commands;

namespace Outreach.Cli.Tests;

public sealed class SegmentCommandTests : IDisposable
{
    private readonly SegmentationCsvFile file = new("segment");

    public void Dispose() => file.Dispose();

    [Fact]
    public void Prints_k_and_described_clusters_as_json()
    {
        var csv = file.Write(ThreeGroupsCsv(3_000));

        var (code, output, error) = Run(csv, "id");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(3, root.GetProperty("k").GetInt32());
        var clusters = root.GetProperty("clusters").EnumerateArray().ToArray();
        Assert.Equal(2_999, clusters.Sum(c => c.GetProperty("size").GetInt32()));
        Assert.All(clusters, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("description").GetString())));
        Assert.Equal(7, root.GetProperty("skippedRows")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Missing_id_column_exits_2_with_one_line()
    {
        var csv = file.Write(ThreeGroupsCsv(30));

        var (code, output, error) = Run(csv, "customer");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: column 'customer' not found", error);
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        var (code, _, error) = Run(file.Path + ".nope", null);

        Assert.Equal(2, code);
        Assert.StartsWith("error: file not found", error);
    }

    /// <summary>Three well-separated groups; line 7 has an unclosed quote.</summary>
    private static string ThreeGroupsCsv(int rows)
    {
        var random = new Random(5);
        var text = new StringBuilder("id,minutes,sms,plan\n");
        for (var r = 0; r < rows; r++)
        {
            var group = r % 3;
            var minutes = (group * 400) + (random.NextDouble() * 50);
            var sms = (group == 1 ? 300 : 20) + (random.NextDouble() * 20);
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{r},{minutes:F1},{sms:F0},{(group == 2 ? "gold" : "base")}"))
                .Append(r == 5 ? ",\"broken" : "").Append('\n');
        }
        return text.ToString();
    }

    private static (int Code, string Output, string Error) Run(string path, string? id)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SegmentCommand.Run(path, id, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
