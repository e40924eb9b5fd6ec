namespace Outreach.Segmentation.Tabular;

/// <summary>A text column stored as codes into its distinct values; a blank is code -1.</summary>
public sealed class TextColumn(string name, int[] codes, IReadOnlyList<string> categories) : TableColumn(name)
{
    /// <summary>Index into <see cref="Categories"/> by row, -1 where blank.</summary>
    public int[] Codes { get; } = codes;

    /// <summary>Distinct values in order of first appearance.</summary>
    public IReadOnlyList<string> Categories { get; } = categories;

    public override int Count => Codes.Length;

    public override bool IsMissing(int row) => Codes[row] < 0;

    /// <summary>The text at a row, null where blank.</summary>
    public string? ValueAt(int row) => Codes[row] < 0 ? null : Categories[Codes[row]];

    /// <summary>Builds a column from plain values (null or blank = missing), for callers feeding from a database.</summary>
    public static TextColumn FromValues(string name, IEnumerable<string?> values)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var categories = new List<string>();
        var codes = new List<int>();
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                codes.Add(-1);
                continue;
            }
            if (!index.TryGetValue(value, out var code))
            {
                code = categories.Count;
                index.Add(value, code);
                categories.Add(value);
            }
            codes.Add(code);
        }
        return new TextColumn(name, [.. codes], categories);
    }
}
