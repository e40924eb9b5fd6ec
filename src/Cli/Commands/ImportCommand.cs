using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Import;
using Outreach.Campaigns.Storage;
using Spectre.Console;

namespace Outreach.Cli.Commands;

/// <summary>`outreach import FILE`: loads subscribers (or their facts) from CSV or .xlsx; progress on stderr, JSON summary on stdout.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CSV or .xlsx file with a header row." };
        var mapping = new Option<string?>("--mapping") { Description = "JSON file {\"file column\": \"field\"}; saved for the source." };
        var region = new Option<string>("--region") { Description = "Region for phone numbers without a country code.", DefaultValueFactory = _ => "US" };
        var source = new Option<string?>("--source") { Description = "Source name the mapping is saved under (default: the file name)." };
        var facts = new Option<bool>("--facts") { Description = "The file holds behaviour facts keyed by external_id or phone." };
        var database = new Option<string?>("--db") { Description = "Npgsql connection string (default: OUTREACH_DB)." };
        var command = new Command("import", "Import subscribers or their facts; bad rows are listed, good rows imported.")
        {
            file, mapping, region, source, facts, database,
        };
        command.SetAction((ParseResult p, CancellationToken ct) => RunAsync(new ImportArguments(
            p.GetValue(file)!, p.GetValue(mapping), p.GetValue(region)!, p.GetValue(source), p.GetValue(facts),
            p.GetValue(database) ?? Environment.GetEnvironmentVariable("OUTREACH_DB")), Console.Out, Console.Error, ct));
        return command;
    }

    /// <summary>The command's work, callable in-process: JSON on <paramref name="output"/>, exit code back (2 = unusable input).</summary>
    public static async Task<int> RunAsync(ImportArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(args.ConnectionString))
            return CsvCommandInput.Error(error, "no database: pass --db or set OUTREACH_DB");
        if (!File.Exists(args.File))
            return CsvCommandInput.Error(error, $"file not found: {args.File}");
        ImportRequest request;
        try
        {
            request = new ImportRequest
            {
                Source = args.Source ?? Path.GetFileNameWithoutExtension(args.File),
                Kind = args.Facts ? ImportKind.Facts : ImportKind.Subscribers,
                Mapping = args.MappingFile is null ? null : LoadMapping(args.MappingFile),
                DefaultRegion = new PhoneNormalizer(args.Region).DefaultRegion,
                Actor = "cli:" + Environment.UserName,
            };
        }
        catch (Exception e) when (e is ArgumentException or IOException or JsonException or InvalidDataException)
        {
            return CsvCommandInput.Error(error, e.Message);
        }
        return await ImportAsync(args, request, output, error, ct);
    }

    private static async Task<int> ImportAsync(ImportArguments args, ImportRequest request, TextWriter output, TextWriter error, CancellationToken ct)
    {
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(args.ConnectionString!, ct);
        await using var db = NpgsqlDataSource.Create(args.ConnectionString!);
        var importer = new SubscriberImporter(db, new ImportMappingRepository(db), new AuditLog(db), NullLogger<SubscriberImporter>.Instance);
        ImportReport report;
        try
        {
            await using var stream = File.OpenRead(args.File);
            report = await WithProgressAsync(error, p => importer.ImportAsync(stream, args.File, request, p, ct));
        }
        catch (InvalidDataException e)
        {
            return CsvCommandInput.Error(error, $"{args.File}: {e.Message}");
        }
        return CsvCommandInput.WriteJson(output, new
        {
            source = report.Source, kind = report.Kind.ToString().ToLowerInvariant(), rowsRead = report.RowsRead,
            inserted = report.Inserted, updated = report.Updated, unchanged = report.Unchanged,
            mergedDuplicates = report.MergedDuplicates, mapping = report.Mapping, ignoredColumns = report.IgnoredColumns,
            errors = report.Errors.Select(e => new { line = e.Line, column = e.Column, reason = e.Reason }),
        });
    }

    private static async Task<ImportReport> WithProgressAsync(TextWriter error, Func<IProgress<ImportProgress>, Task<ImportReport>> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return await console.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask("reading").IsIndeterminate();
            var progress = new Progress<ImportProgress>(p => task.Description = $"{p.Stage} {p.Rows:N0} rows");
            var report = await run(progress);
            task.StopTask();
            return report;
        });
    }

    private static ColumnMapping LoadMapping(string path) =>
        new(JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidDataException($"{path} holds no mapping"));
}
