using System.Text.Json;
using Outreach.Cli.Commands;
using Outreach.TestSupport;

namespace Outreach.Cli.Tests;

public sealed class ImportCommandTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("outreach-import-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<(int Code, string Output, string Error)> RunAsync(string file, string? mapping = null, string region = "US")
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ImportCommand.RunAsync(new ImportArguments(file, mapping, region, null, false, db.ConnectionString),
            output, error, TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Prints_a_json_summary_with_the_rejected_rows()
    {
        var csv = Path.Combine(folder, "crm.csv");
        await File.WriteAllTextAsync(csv, "Tel,Name\n2125550101,Ann\nnot-a-phone,Bob\n", TestContext.Current.CancellationToken);
        var mapping = Path.Combine(folder, "map.json");
        await File.WriteAllTextAsync(mapping, """{"Tel": "phone", "Name": "first_name"}""", TestContext.Current.CancellationToken);

        var (code, output, _) = await RunAsync(csv, mapping);

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("inserted").GetInt32());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("Tel", error.GetProperty("column").GetString());
    }

    [Fact]
    public async Task An_unknown_region_or_missing_file_exits_with_2_and_one_line()
    {
        var (code, _, error) = await RunAsync(Path.Combine(folder, "missing.csv"));
        Assert.Equal(2, code);
        Assert.StartsWith("error: file not found", error);

        var csv = Path.Combine(folder, "a.csv");
        await File.WriteAllTextAsync(csv, "phone\n2125550101\n", TestContext.Current.CancellationToken);
        (code, _, error) = await RunAsync(csv, region: "ZZ");
        Assert.Equal(2, code);
        Assert.Contains("'ZZ' is not a region code", error);
    }
}
