using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Tests.Planted;

/// <summary>Builds a <see cref="FeatureTable"/> column by column from generated values.</summary>
internal sealed class TableBuilder(int rows)
{
    private readonly List<TableColumn> columns = [];

    public TableBuilder Number(string name, Func<int, double> value)
    {
        columns.Add(new NumericColumn(name, Enumerable.Range(0, rows).Select(r => (float)value(r)).ToArray()));
        return this;
    }

    public TableBuilder Text(string name, Func<int, string?> value)
    {
        columns.Add(TextColumn.FromValues(name, Enumerable.Range(0, rows).Select(value)));
        return this;
    }

    public FeatureTable Build() => new(columns);
}
