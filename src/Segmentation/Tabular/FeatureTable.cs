namespace Outreach.Segmentation.Tabular;

/// <summary>
/// An in-memory table of typed columns, the input of clustering, patterns and propensity. The CLI
/// fills it from a CSV; the web app can fill it from PostgreSQL.
/// </summary>
public sealed class FeatureTable
{
    public FeatureTable(IReadOnlyList<TableColumn> columns, int[]? lineNumbers = null)
    {
        RowCount = columns.Count == 0 ? 0 : columns[0].Count;
        if (columns.Any(c => c.Count != RowCount))
            throw new ArgumentException("All columns must have the same number of rows.", nameof(columns));
        var duplicate = columns.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Column '{duplicate.Key}' appears twice.", nameof(columns));
        Columns = columns;
        LineNumbers = lineNumbers ?? Enumerable.Range(1, RowCount).ToArray();
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public int RowCount { get; }

    /// <summary>Where each row came from (a CSV line number, or 1..n), for error messages.</summary>
    public int[] LineNumbers { get; }

    /// <summary>The column with this name (case-insensitive), or null.</summary>
    public TableColumn? Find(string name) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
