using Outreach.Campaigns.Import;

namespace Outreach.Campaigns.Tests.Import;

public sealed class RowParserTests
{
    private static readonly string[] Header = ["Customer Id", "First Name", "Mobile", "Birth Date", "Balance", "Consent Call"];

    private static RowParser Parser()
    {
        var schema = ImportSchema.Subscribers;
        var (indexes, problems) = ColumnMapping.Guess(Header, schema).Resolve(Header, schema);
        Assert.Empty(problems);
        return new RowParser(schema, Header, indexes, new CellParser(new PhoneNormalizer("US")));
    }

    private static object? Value(ParsedRow row, string field) => row.Values[ImportSchema.Subscribers.IndexOf(field)];

    [Fact]
    public void Columns_named_like_fields_or_aliases_are_mapped_without_a_mapping()
    {
        var mapping = ColumnMapping.Guess(Header, ImportSchema.Subscribers);
        Assert.Equal("external_id", mapping.Columns["Customer Id"]);
        Assert.Equal("phone", mapping.Columns["Mobile"]);
        Assert.Equal("consent_call", mapping.Columns["Consent Call"]);
    }

    [Fact]
    public void A_good_row_becomes_typed_values_with_the_phone_in_E164()
    {
        var errors = new List<RowError>();
        var row = Parser().Parse(new SourceRow(2, ["C1", "Ольга", "(212) 555-0101", "1990-04-05", "12.50", "no"]), errors);
        Assert.Empty(errors);
        Assert.Equal("+12125550101", Value(row!, "phone"));
        Assert.Equal("Ольга", Value(row!, "first_name"));
        Assert.Equal(new DateOnly(1990, 4, 5), Value(row!, "birth_date"));
        Assert.Equal(12.50m, Value(row!, "balance"));
        Assert.Equal(false, Value(row!, "consent_call"));
    }

    [Fact]
    public void Every_bad_cell_of_a_row_is_reported_with_line_and_column()
    {
        var errors = new List<RowError>();
        var row = Parser().Parse(new SourceRow(7, ["C1", "A", "12345", "31/02/1990", "lots", "maybe"]), errors);
        Assert.Null(row);
        Assert.Equal(["Mobile", "Birth Date", "Balance", "Consent Call"], errors.Select(e => e.Column));
        Assert.All(errors, e => Assert.Equal(7, e.Line));
        Assert.Contains("not a valid phone number", errors[0].Reason);
    }

    [Fact]
    public void A_row_without_phone_or_external_id_is_refused()
    {
        var errors = new List<RowError>();
        Assert.Null(Parser().Parse(new SourceRow(3, ["", "A", "", "", "", ""]), errors));
        Assert.Equal("external id or phone is required", Assert.Single(errors).Reason);
    }

    [Fact]
    public void A_mapping_to_an_unknown_field_or_missing_column_is_refused_as_a_whole()
    {
        var mapping = new ColumnMapping(new Dictionary<string, string> { ["Mobile"] = "telephone", ["Nope"] = "phone" });
        var (_, problems) = mapping.Resolve(Header, ImportSchema.Subscribers);
        Assert.Contains(problems, p => p.Contains("'telephone' is not a field"));
        Assert.Contains(problems, p => p.Contains("no column 'Nope'"));
    }

    [Fact]
    public void Later_duplicates_in_a_file_update_the_earlier_row()
    {
        var parser = Parser();
        var merger = new DuplicateMerger(ImportSchema.Subscribers);
        var errors = new List<RowError>();
        Assert.Null(merger.Add(parser.Parse(new SourceRow(2, ["C1", "Ann", "2125550101", "", "1", ""]), errors)!));
        Assert.Null(merger.Add(parser.Parse(new SourceRow(3, ["", "Anna", "+1 212 555 0101", "", "", ""]), errors)!));
        var row = Assert.Single(merger.Rows);
        Assert.Equal("Anna", Value(row, "first_name"));
        Assert.Equal("C1", Value(row, "external_id"));
        Assert.Equal(1, merger.Merged);
    }

    [Fact]
    public void A_row_joining_two_different_subscribers_is_refused()
    {
        var parser = Parser();
        var merger = new DuplicateMerger(ImportSchema.Subscribers);
        var errors = new List<RowError>();
        merger.Add(parser.Parse(new SourceRow(2, ["C1", "A", "2125550101", "", "", ""]), errors)!);
        var error = merger.Add(parser.Parse(new SourceRow(3, ["C2", "B", "2125550101", "", "", ""]), errors)!);
        Assert.NotNull(error);
        Assert.Equal(3, error.Line);
        Assert.Single(merger.Rows);
    }

    [Fact]
    public void An_unknown_default_region_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PhoneNormalizer("XX"));
    }
}
