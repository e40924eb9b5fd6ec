using CsvHelper;

namespace Outreach.Segmentation.Tabular;

/// <summary>Accumulates one column while a CSV is read; a row's value is staged, then committed.</summary>
internal sealed class ColumnBuilder(string name, int index, bool numeric)
{
    private readonly List<float> numbers = [];
    private readonly List<int> codes = [];
    private readonly Dictionary<string, int> lookup = new(StringComparer.Ordinal);
    private readonly List<string> categories = [];
    private float stagedNumber;
    private string? stagedText;

    public static bool TryNumber(CsvReader reader, int field, out double value) =>
        reader.TryParse(field, out value) && double.IsFinite(value);

    /// <summary>Checks and holds a row's value; returns an error text when it does not fit the column.</summary>
    public string? Stage(CsvReader reader)
    {
        var blank = reader.IsEmpty(index);
        if (!numeric)
        {
            stagedText = blank ? null : reader.GetString(index);
            return null;
        }
        stagedNumber = float.NaN;
        if (blank)
            return null;
        if (!TryNumber(reader, index, out var value))
            return $"'{Shorten(reader.GetString(index))}' is not a number in column '{name}'";
        stagedNumber = (float)value;
        return null;
    }

    public void Commit()
    {
        if (numeric)
            numbers.Add(stagedNumber);
        else
            codes.Add(stagedText is null ? -1 : CodeOf(stagedText));
    }

    public TableColumn Build() =>
        numeric ? new NumericColumn(name, [.. numbers]) : new TextColumn(name, [.. codes], categories);

    private int CodeOf(string text)
    {
        if (lookup.TryGetValue(text, out var code))
            return code;
        code = categories.Count;
        lookup.Add(text, code);
        categories.Add(text);
        return code;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
