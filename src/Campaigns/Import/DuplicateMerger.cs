namespace Outreach.Campaigns.Import;

/// <summary>
/// Merges rows of one file that are the same subscriber (same external id or same phone): the earlier row
/// takes the later one's non-blank values. A row that would join two different subscribers is an error.
/// </summary>
public sealed class DuplicateMerger(ImportSchema schema)
{
    private readonly int[] keyIndexes = schema.Fields.Where(f => f.IsKey).Select(f => schema.IndexOf(f.Name)).ToArray();
    private readonly List<ParsedRow> rows = [];
    private readonly Dictionary<(int Key, object Value), ParsedRow> byKey = [];

    /// <summary>Rows folded into an earlier one.</summary>
    public long Merged { get; private set; }

    public IReadOnlyList<ParsedRow> Rows => rows;

    /// <summary>Adds a row; returns an error when its keys point at two different earlier rows.</summary>
    public RowError? Add(ParsedRow row)
    {
        ParsedRow? earlier = null;
        foreach (var key in keyIndexes)
        {
            if (row.Values[key] is not { } value || !byKey.TryGetValue((key, value), out var match)) continue;
            if (earlier is not null && !ReferenceEquals(earlier, match))
                return new RowError(row.Line, null,
                    $"its {schema.Fields[key].Name} '{value}' is on line {match.Line} but its other key is on line {earlier.Line}");
            earlier = match;
        }
        if (earlier is not null && ConflictingKey(earlier, row) is { } conflict)
            return conflict;
        var target = earlier ?? row;
        if (earlier is null) rows.Add(row);
        else
        {
            earlier.TakeFrom(row);
            Merged++;
        }
        foreach (var key in keyIndexes)
            if (target.Values[key] is { } value) byKey[(key, value)] = target;
        return null;
    }

    // Same phone but another external id (or the reverse) is two subscribers claiming one key.
    private RowError? ConflictingKey(ParsedRow earlier, ParsedRow row)
    {
        foreach (var key in keyIndexes)
        {
            if (earlier.Values[key] is { } a && row.Values[key] is { } b && !a.Equals(b))
                return new RowError(row.Line, null,
                    $"duplicates line {earlier.Line} but its {schema.Fields[key].Name} differs ('{b}' vs '{a}')");
        }
        return null;
    }
}
