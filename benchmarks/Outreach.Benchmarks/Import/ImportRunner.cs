using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Import;

namespace Outreach.Benchmarks.Import;

/// <summary>
/// Scenario runner for S2: a synthetic CSV of N subscribers imported into an empty database, then the
/// same file again (a no-op). Run: dotnet run -c Release --project benchmarks/Outreach.Benchmarks -- import [rows].
/// Uses OUTREACH_DB's server (or the dev server on 55432) and a database of its own, dropped at the end.
/// </summary>
internal static class ImportRunner
{
    public static async Task RunAsync(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var csv = Path.Combine(Path.GetTempPath(), $"outreach-import-{rows}.csv");
        WriteCsv(csv, rows);
        await using var database = await BenchDatabase.CreateAsync("import");
        var importer = new SubscriberImporter(database.DataSource, new ImportMappingRepository(database.DataSource),
            new AuditLog(database.DataSource), NullLogger<SubscriberImporter>.Instance);
        Console.WriteLine($"| Import | {rows:N0} rows, {new FileInfo(csv).Length / 1_048_576} MB CSV, {Environment.ProcessorCount} cores |");
        Console.WriteLine("| --- | --- |");
        foreach (var run in new[] { "first import (all inserted)", "same file again (no-op)" })
        {
            var clock = Stopwatch.StartNew();
            await using var stream = File.OpenRead(csv);
            var report = await importer.ImportAsync(stream, csv, new ImportRequest { Source = "bench", Actor = "bench" },
                new Progress<ImportProgress>(p => Console.Error.WriteLine($"  {clock.Elapsed.TotalSeconds,6:F1} s {p.Stage} {p.Rows:N0}")),
                CancellationToken.None);
            Console.WriteLine($"| {run} | {clock.Elapsed.TotalSeconds:F1} s: {report.Inserted:N0} inserted, {report.Updated:N0} updated, " +
                              $"{report.Unchanged:N0} unchanged, {report.Errors.Count:N0} rejected |");
        }
        File.Delete(csv);
    }

    // Ten US area codes, exchanges from 200: every row a distinct, valid number, written three ways.
    private static void WriteCsv(string path, int rows)
    {
        string[] areas = ["212", "646", "312", "415", "503", "617", "305", "713", "206", "404"];
        string[] tariffs = ["Basic", "Smart", "Unlimited", "Family"];
        using var w = new StreamWriter(path);
        w.WriteLine("external_id,first_name,last_name,phone,email,sex,birth_date,region,tariff,balance,consent_call");
        for (var i = 0; i < rows; i++)
        {
            var rest = i / 10;
            var number = $"{areas[i % 10]}{200 + rest / 10_000 % 800}{rest % 10_000:D4}";
            var phone = (i % 3) switch
            {
                0 => number,
                1 => $"({number[..3]}) {number[3..6]}-{number[6..]}",
                _ => "+1 " + number,
            };
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"C{i},Name{i % 5000},Фамилия{i % 700},{phone},user{i}@example.com,{(i % 2 == 0 ? "F" : "M")}," +
                $"{1950 + i % 55}-{1 + i % 12:D2}-{1 + i % 28:D2},R{i % 40},{tariffs[i % 4]},{i % 10_000 / 100.0},{(i % 17 == 0 ? "no" : "yes")}"));
        }
    }
}
