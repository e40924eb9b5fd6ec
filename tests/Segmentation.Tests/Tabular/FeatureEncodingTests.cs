using Outreach.Segmentation.Tabular;
using Outreach.Segmentation.Tests.Planted;

namespace Outreach.Segmentation.Tests.Tabular;

public sealed class FeatureEncodingTests
{
    private static FeatureTable Table(int rows) => new TableBuilder(rows)
        .Number("balance", r => r % 4 == 0 ? double.NaN : r % 4)
        .Number("constant", _ => 7)
        .Text("tariff", r => r % 3 == 0 ? "prepaid" : "postpaid")
        .Text("name", r => "n" + r)
        .Number("id", r => r)
        .Build();

    [Fact]
    public void Ids_constants_and_unique_text_drop_out_and_text_becomes_one_hot()
    {
        var encoding = FeatureEncoding.Fit(Table(400), ["id"], standardize: false);

        Assert.Equal(["balance", "tariff=postpaid", "tariff=prepaid"], encoding.Slots.Select(s => s.Name));
    }

    [Fact]
    public void Blanks_become_the_column_mean_and_standardised_numbers_have_mean_zero()
    {
        var table = Table(400);

        var raw = FeatureEncoding.Fit(table, ["id"], standardize: false).Encode(table);
        var standard = FeatureEncoding.Fit(table, ["id"], standardize: true).Encode(table);

        Assert.Equal(2f, raw.Row(0)[0]);
        Assert.Equal(0.0, Enumerable.Range(0, standard.Rows).Average(r => standard.Row(r)[0]), precision: 4);
        Assert.Equal(1f, raw.Row(0)[2]);
    }

    [Fact]
    public void New_rows_with_an_unseen_category_encode_as_all_zeros()
    {
        var encoding = FeatureEncoding.Fit(Table(400), ["id"], standardize: false);
        var fresh = new TableBuilder(1).Number("balance", _ => 5).Text("tariff", _ => "business").Build();

        var matrix = encoding.Encode(fresh);

        Assert.Equal([5f, 0f, 0f], matrix.Row(0).ToArray());
    }
}
