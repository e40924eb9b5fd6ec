using CsvHelper;

namespace Outreach.Segmentation.Tabular;

/// <summary>Opens a CSV as many times as asked (the reader makes two passes), with the options it is given.</summary>
internal sealed class CsvSource(Func<CsvReaderOptions, CsvReader> open)
{
    public static CsvSource FromFile(string path) => new(options => CsvReader.FromFile(path, options));

    public static CsvSource FromText(Func<TextReader> text) => new(options => CsvReader.Create(text(), options));

    /// <summary>Opens a reader; malformed records (bad quoting, wrong field count) are skipped and reported.</summary>
    public CsvReader Open(Action<SkippedRow> onSkipped) => open(new CsvReaderOptions
    {
        TrackLineNumbers = true,
        TrimWhitespace = true,
        PoolStrings = true,
        // One record per line: an unclosed quote then costs one line, not the rest of the file.
        AllowLineBreaksInQuotes = false,
        MalformedData = CsvMalformedDataHandling.Skip,
        FieldCountMismatch = CsvFieldCountHandling.Skip,
        OnMalformedRecord = record => onSkipped(new SkippedRow((int)record.LineNumber, Describe(record.Reason))),
    });

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "has a different number of fields than the header",
        CsvMalformedReason.UnterminatedQuote => "has a quote that is never closed",
        _ => "has malformed quoting (" + reason + ")",
    };
}
