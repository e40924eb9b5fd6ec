namespace Outreach.Segmentation.Tabular;

/// <summary>Cuts a table down to some of its rows and adds columns: a model's training set out of the whole base.</summary>
public static class TableRows
{
    /// <summary>The given rows (in the given order) of every column, plus the extra columns (one value per kept row).</summary>
    public static FeatureTable Select(FeatureTable table, int[] rows, params TableColumn[] extra)
    {
        var columns = table.Columns.Select(c => Pick(c, rows)).Concat(extra).ToArray();
        return new FeatureTable(columns, rows.Select(r => table.LineNumbers[r]).ToArray());
    }

    private static TableColumn Pick(TableColumn column, int[] rows) => column switch
    {
        NumericColumn n => new NumericColumn(n.Name, Array.ConvertAll(rows, r => n.Values[r])),
        TextColumn t => new TextColumn(t.Name, Array.ConvertAll(rows, r => t.Codes[r]), t.Categories),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.GetType().Name),
    };
}
