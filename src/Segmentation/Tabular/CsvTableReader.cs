using CsvHelper;

namespace Outreach.Segmentation.Tabular;

/// <summary>
/// Reads any CSV into a typed <see cref="FeatureTable"/>: a column is numeric when nearly all its
/// non-blank values are numbers, else text. Lines that cannot be used are listed, never thrown.
/// </summary>
public sealed class CsvTableReader
{
    /// <summary>
    /// Share of non-blank values that must be numbers for a column to be numeric. Below 1 so that a
    /// few typos skip their rows instead of turning a numeric column into text.
    /// </summary>
    public const double NumericShare = 0.95;

    /// <summary>Reads a file in two passes: infer the column types, then load.</summary>
    public CsvReadResult ReadFile(string path, CancellationToken ct = default) => Read(CsvSource.FromFile(path), ct);

    /// <summary>Reads from text that can be opened twice (tests, uploads held in memory).</summary>
    public CsvReadResult Read(Func<TextReader> open, CancellationToken ct = default) =>
        Read(CsvSource.FromText(open), ct);

    private static CsvReadResult Read(CsvSource source, CancellationToken ct)
    {
        var (header, numeric) = InferColumns(source, ct);
        var builders = header.Select((name, i) => new ColumnBuilder(name, i, numeric[i])).ToArray();
        var skipped = new List<SkippedRow>();
        var lines = new List<int>();
        using var reader = source.Open(skipped.Add);
        while (reader.Read())
        {
            if ((lines.Count & 0xFFFF) == 0)
                ct.ThrowIfCancellationRequested();
            var line = (int)reader.LineNumber;
            if (StageRow(builders, reader) is { } problem)
            {
                skipped.Add(new SkippedRow(line, problem));
                continue;
            }
            foreach (var builder in builders)
                builder.Commit();
            lines.Add(line);
        }
        var table = new FeatureTable(builders.Select(b => b.Build()).ToArray(), [.. lines]);
        return new CsvReadResult(table, [.. skipped.OrderBy(s => s.Line)]);
    }

    private static string? StageRow(ColumnBuilder[] builders, CsvReader reader)
    {
        foreach (var builder in builders)
        {
            if (builder.Stage(reader) is { } error)
                return error;
        }
        return null;
    }

    private static (string[] Header, bool[] Numeric) InferColumns(CsvSource source, CancellationToken ct)
    {
        using var reader = source.Open(_ => { });
        var header = ColumnNames.Unique(reader.Headers);
        var nonBlank = new long[header.Length];
        var numbers = new long[header.Length];
        for (var row = 0; reader.Read(); row++)
        {
            if ((row & 0xFFFF) == 0)
                ct.ThrowIfCancellationRequested();
            for (var i = 0; i < header.Length; i++)
            {
                if (reader.IsEmpty(i))
                    continue;
                nonBlank[i]++;
                if (ColumnBuilder.TryNumber(reader, i, out _))
                    numbers[i]++;
            }
        }
        var numeric = header.Select((_, i) => nonBlank[i] > 0 && numbers[i] >= NumericShare * nonBlank[i]).ToArray();
        return (header, numeric);
    }
}
