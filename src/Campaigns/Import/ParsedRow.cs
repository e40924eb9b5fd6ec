namespace Outreach.Campaigns.Import;

/// <summary>A row that passed every check: one typed value (or null for blank) per schema field.</summary>
public sealed class ParsedRow(int line, object?[] values)
{
    public int Line { get; } = line;

    /// <summary>Indexed like <see cref="ImportSchema.Fields"/>.</summary>
    public object?[] Values { get; } = values;

    /// <summary>Takes the other row's non-blank values: a later duplicate in the file updates the earlier one.</summary>
    public void TakeFrom(ParsedRow later)
    {
        for (var i = 0; i < Values.Length; i++)
            if (later.Values[i] is not null) Values[i] = later.Values[i];
    }
}
