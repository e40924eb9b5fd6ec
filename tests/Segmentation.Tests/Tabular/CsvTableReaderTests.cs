using Outreach.Segmentation.Tabular;

namespace Outreach.Segmentation.Tests.Tabular;

public sealed class CsvTableReaderTests
{
    private static CsvReadResult Read(string csv) => new CsvTableReader().Read(() => new StringReader(csv));

    [Fact]
    public void Columns_are_typed_numeric_or_text_with_blanks_kept_as_missing()
    {
        var result = Read("id,age,tariff,balance\n1,25,prepaid,3.5\n2,,postpaid,-1e2\n3,40,,0\n");

        var table = result.Table;
        Assert.Equal(3, table.RowCount);
        var age = Assert.IsType<NumericColumn>(table.Find("age"));
        Assert.Equal(25f, age.Values[0]);
        Assert.True(age.IsMissing(1));
        var tariff = Assert.IsType<TextColumn>(table.Find("TARIFF"));
        Assert.Equal("postpaid", tariff.ValueAt(1));
        Assert.Null(tariff.ValueAt(2));
        Assert.Equal(-100f, Assert.IsType<NumericColumn>(table.Find("balance")).Values[1]);
        Assert.Empty(result.SkippedRows);
    }

    [Fact]
    public void Rows_that_cannot_be_parsed_are_listed_with_their_line_and_the_rest_is_read()
    {
        var lines = new List<string> { "age,region" };
        lines.AddRange(Enumerable.Range(0, 40).Select(i => $"{20 + i},north"));
        lines.Insert(5, "abc,south");
        lines.Insert(10, "30,south,extra");
        var result = Read(string.Join("\n", lines) + "\n");

        Assert.Equal(40, result.Table.RowCount);
        Assert.IsType<NumericColumn>(result.Table.Find("age"));
        Assert.Collection(result.SkippedRows,
            s => Assert.Equal((6, "'abc' is not a number in column 'age'"), (s.Line, s.Reason)),
            s => Assert.Equal(11, s.Line));
        Assert.Equal(13, result.Table.LineNumbers[9]);
    }

    [Fact]
    public void Unclosed_quote_costs_its_own_line_only()
    {
        var result = Read("a,b\n1,x\n2,\"broken\n3,y\n4,z\n");

        Assert.Equal(3, result.Table.RowCount);
        Assert.Equal(3, Assert.Single(result.SkippedRows).Line);
    }

    [Fact]
    public void Mostly_text_column_stays_text()
    {
        var result = Read("code\n1\nA7\nB9\n2\n");

        Assert.IsType<TextColumn>(result.Table.Find("code"));
        Assert.Empty(result.SkippedRows);
    }

    [Fact]
    public void Semicolons_quotes_and_repeated_headers_are_handled()
    {
        var result = Read("name;name;\n\"Smith; John\";2;x\n");

        Assert.Equal(["name", "name_2", "column3"], result.Table.Columns.Select(c => c.Name));
        Assert.Equal("Smith; John", Assert.IsType<TextColumn>(result.Table.Columns[0]).ValueAt(0));
    }

    [Fact]
    public void Empty_file_is_a_clear_error()
    {
        Assert.Throws<InvalidDataException>(() => Read(""));
    }
}
