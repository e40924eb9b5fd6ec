using System.Text;
using CsvHelper;

namespace Outreach.Campaigns.Import;

/// <summary>A CSV import file (UTF-8, separator detected), one record per line.</summary>
internal sealed class CsvSheet : ITabularSheet
{
    private readonly CsvReader reader;
    private ICollection<RowError>? errors;

    private CsvSheet(Stream stream)
    {
        reader = CsvReader.Create(stream, new CsvReaderOptions
        {
            Encoding = Encoding.UTF8,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            // One record per line: an unclosed quote then costs one line, not the rest of the file.
            AllowLineBreaksInQuotes = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = record => errors?.Add(new RowError((int)record.LineNumber, null, Describe(record.Reason))),
        }, false);
        Header = reader.Headers?.ToArray() ?? throw new InvalidDataException("The file is empty: it has no header line.");
    }

    public IReadOnlyList<string> Header { get; }

    public static CsvSheet Open(Stream stream) => new(stream);

    public IEnumerable<SourceRow> ReadRows(ICollection<RowError> errors, CancellationToken ct)
    {
        this.errors = errors;
        var count = 0;
        while (reader.Read())
        {
            if ((++count & 0x3FFF) == 0) ct.ThrowIfCancellationRequested();
            var cells = new string?[Header.Count];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = reader.IsEmpty(i) ? null : reader.GetString(i);
            yield return new SourceRow((int)reader.LineNumber, cells);
        }
    }

    public void Dispose() => reader.Dispose();

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "has a different number of columns than the header",
        CsvMalformedReason.UnterminatedQuote => "has a quote that is never closed",
        _ => "has malformed quoting (" + reason + ")",
    };
}
