namespace Outreach.Campaigns.Import;

/// <summary>
/// Which file column feeds which field. Saved per source name so the next file from the same source
/// needs no mapping; without one, columns named like a field (any case, spaces or underscores) are used.
/// </summary>
public sealed record ColumnMapping(IReadOnlyDictionary<string, string> Columns)
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["mobile"] = "phone", ["msisdn"] = "phone", ["phonenumber"] = "phone", ["id"] = "external_id",
        ["customerid"] = "external_id", ["firstname"] = "first_name", ["lastname"] = "last_name", ["surname"] = "last_name",
        ["gender"] = "sex", ["dateofbirth"] = "birth_date", ["dob"] = "birth_date", ["timezone"] = "time_zone",
    };

    /// <summary>Maps each header that names a field (or a common alias) to it.</summary>
    public static ColumnMapping Guess(IReadOnlyList<string> header, ImportSchema schema)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in header)
        {
            var key = Normalise(column);
            var field = schema.Fields.FirstOrDefault(f => Normalise(f.Name) == key)?.Name
                        ?? (Aliases.TryGetValue(key, out var alias) && schema.IndexOf(alias) >= 0 ? alias : null);
            if (field is not null && !columns.ContainsValue(field)) columns[column] = field;
        }
        return new ColumnMapping(columns);
    }

    /// <summary>
    /// The schema field index for every header position (-1 = ignored), or the problems that make the
    /// mapping unusable for this file (unknown field, missing column, one field fed twice).
    /// </summary>
    public (int[] FieldIndexes, IReadOnlyList<string> Problems) Resolve(IReadOnlyList<string> header, ImportSchema schema)
    {
        var indexes = Enumerable.Repeat(-1, header.Count).ToArray();
        var problems = new List<string>();
        foreach (var (column, field) in Columns)
        {
            var fieldIndex = schema.IndexOf(field);
            var position = IndexOfColumn(header, column);
            if (fieldIndex < 0) problems.Add($"'{field}' is not a field (mapped from column '{column}')");
            else if (position < 0) problems.Add($"the file has no column '{column}'");
            else if (indexes.Contains(fieldIndex)) problems.Add($"field '{field}' is mapped from more than one column");
            else indexes[position] = fieldIndex;
        }
        if (problems.Count == 0 && !schema.Fields.Where(f => f.IsKey).Any(f => indexes.Contains(schema.IndexOf(f.Name))))
            problems.Add("no column is mapped to 'phone' or 'external_id'");
        return (indexes, problems);
    }

    private static int IndexOfColumn(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
            if (string.Equals(header[i], column, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    private static string Normalise(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
