namespace Outreach.Campaigns.Import;

/// <summary>Turns a text row into a typed <see cref="ParsedRow"/>, or into every error the row has (pure, no I/O).</summary>
public sealed class RowParser(ImportSchema schema, IReadOnlyList<string> header, int[] fieldIndexes, CellParser cells)
{
    public ImportSchema Schema => schema;

    private readonly int phoneIndex = schema.IndexOf("phone");
    private readonly int externalIdIndex = schema.IndexOf("external_id");

    /// <summary>The parsed row, or null with the row's errors added to <paramref name="errors"/>.</summary>
    public ParsedRow? Parse(SourceRow row, ICollection<RowError> errors)
    {
        var values = new object?[schema.Fields.Count];
        var failed = false;
        for (var i = 0; i < fieldIndexes.Length && i < row.Cells.Count; i++)
        {
            var field = fieldIndexes[i];
            var text = row.Cells[i]?.Trim();
            if (field < 0 || string.IsNullOrEmpty(text)) continue;
            if (cells.TryParse(schema.Fields[field].Kind, text, out var value, out var error))
                values[field] = value;
            else
            {
                errors.Add(new RowError(row.Line, header[i], error!));
                failed = true;
            }
        }
        if (!failed && MissingKey(values) is { } missing)
        {
            errors.Add(new RowError(row.Line, null, missing));
            failed = true;
        }
        return failed ? null : new ParsedRow(row.Line, values);
    }

    // A subscriber row without a phone may still update one found by external id; the merge refuses it if none is.
    private string? MissingKey(object?[] values) =>
        values[phoneIndex] is null && values[externalIdIndex] is null ? "external id or phone is required" : null;
}
