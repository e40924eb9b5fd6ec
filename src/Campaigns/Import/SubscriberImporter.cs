using Microsoft.Extensions.Logging;
using Npgsql;
using Outreach.Campaigns.Audit;

namespace Outreach.Campaigns.Import;

/// <summary>
/// Imports a CSV or .xlsx file of subscribers or facts: parse and check every row, fold duplicates,
/// COPY the good rows into a staging table and merge them in one transaction. Bad rows are reported, never fatal.
/// </summary>
public sealed class SubscriberImporter(NpgsqlDataSource db, ImportMappingRepository mappings, AuditLog audit, ILogger<SubscriberImporter> logger)
{
    /// <summary>Imports the stream; throws <see cref="InvalidDataException"/> when the file or the mapping is unusable as a whole.</summary>
    public async Task<ImportReport> ImportAsync(Stream file, string fileName, ImportRequest request, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var schema = ImportSchema.For(request.Kind);
        var cells = new CellParser(new PhoneNormalizer(request.DefaultRegion));
        using var sheet = TabularFile.Open(file, fileName);
        var mapping = request.Mapping ?? await mappings.FindAsync(request.Source, request.Kind, ct) ?? ColumnMapping.Guess(sheet.Header, schema);
        var (fieldIndexes, problems) = mapping.Resolve(sheet.Header, schema);
        if (problems.Count > 0)
            throw new InvalidDataException("The column mapping does not fit the file: " + string.Join("; ", problems) + ".");
        var errors = new List<RowError>();
        var (rowsRead, merger) = Parse(sheet, new RowParser(schema, sheet.Header, fieldIndexes, cells), errors, progress, ct);
        var merged = await LoadAsync(schema, merger.Rows, progress, ct);
        errors.AddRange(merged.Rejected);
        await mappings.SaveAsync(request.Source, request.Kind, mapping, ct);
        var report = new ImportReport
        {
            Source = request.Source, Kind = request.Kind, RowsRead = rowsRead,
            Inserted = merged.Inserted, Updated = merged.Updated,
            Unchanged = merged.Staged - merged.Inserted - merged.Updated, MergedDuplicates = merger.Merged,
            Mapping = mapping.Columns,
            IgnoredColumns = sheet.Header.Where((_, i) => fieldIndexes[i] < 0).ToArray(),
            Errors = errors.OrderBy(e => e.Line).ToArray(),
        };
        await audit.RecordAsync(request.Actor, "import", ImportMappingRepository.KindName(request.Kind), request.Source, new
        {
            file = Path.GetFileName(fileName), report.RowsRead, report.Inserted, report.Updated, report.Unchanged,
            report.MergedDuplicates, errors = report.Errors.Count,
        }, ct);
        logger.LogInformation("Import {Source} ({Kind}): {Read} rows, {Inserted} inserted, {Updated} updated, {Errors} rejected",
            request.Source, request.Kind, rowsRead, report.Inserted, report.Updated, report.Errors.Count);
        progress?.Report(new ImportProgress("done", rowsRead));
        return report;
    }

    private static (long RowsRead, DuplicateMerger Merger) Parse(ITabularSheet sheet, RowParser parser, List<RowError> errors,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var merger = new DuplicateMerger(parser.Schema);
        var mangled = new List<RowError>();
        long read = 0;
        // Checking cells (phone parsing above all) runs on every core; merging stays in file order.
        var parsedRows = sheet.ReadRows(mangled, ct).AsParallel().AsOrdered().WithCancellation(ct)
            .Select(row =>
            {
                var rowErrors = new List<RowError>(0);
                return (Row: parser.Parse(row, rowErrors), Errors: rowErrors);
            });
        foreach (var (parsed, rowErrors) in parsedRows)
        {
            if (++read % 50_000 == 0) progress?.Report(new ImportProgress("read", read));
            errors.AddRange(rowErrors);
            if (parsed is not null && merger.Add(parsed) is { } duplicate)
                errors.Add(duplicate);
        }
        // Rows the file itself mangled were never yielded but are rows of the file all the same.
        errors.AddRange(mangled);
        return (read + mangled.Count, merger);
    }

    private async Task<(long Inserted, long Updated, long Staged, List<RowError> Rejected)> LoadAsync(
        ImportSchema schema, IReadOnlyList<ParsedRow> rows, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var stage = new ImportStage(c, tx, schema);
        await stage.CreateAsync(ct);
        await stage.CopyAsync(rows, progress, ct);
        progress?.Report(new ImportProgress("merge", rows.Count));
        var result = await stage.MergeAsync(ct);
        await tx.CommitAsync(ct);
        return result;
    }
}
