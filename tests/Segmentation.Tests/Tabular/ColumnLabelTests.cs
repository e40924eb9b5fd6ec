using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Tests.Tabular;

public sealed class ColumnLabelTests
{
    [Theory]
    [InlineData("has Roaming Pack", "yes", "has roaming pack")]
    [InlineData("has Home Internet", "no", "no home internet")]
    [InlineData("asked about 5G", "no", "not asked about 5g")]
    [InlineData("tariff", "Prepaid Plus", "tariff Prepaid Plus")]
    public void A_yes_no_flag_reads_as_the_fact_and_other_values_follow_their_column(string column, string value, string words) =>
        Assert.Equal(words, ColumnLabel.Fact(column, value));

    [Fact]
    public void Selected_rows_keep_their_categories_and_take_extra_columns()
    {
        var table = new FeatureTable([new NumericColumn("sms", [1, 2, 3]), TextColumn.FromValues("tariff", ["a", null, "b"])]);

        var picked = TableRows.Select(table, [2, 0], new NumericColumn("label", [1, 0]));

        Assert.Equal(2, picked.RowCount);
        Assert.Equal([3f, 1f], ((NumericColumn)picked.Find("sms")!).Values);
        Assert.Equal("b", ((TextColumn)picked.Find("tariff")!).ValueAt(0));
        Assert.Equal([3, 1], picked.LineNumbers);
        Assert.NotNull(picked.Find("label"));
    }
}
