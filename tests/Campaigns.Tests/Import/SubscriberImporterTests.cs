using System.Text;
using Dapper;
using Outreach.Campaigns.Import;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests.Import;

public sealed class SubscriberImporterTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Csv = """
        external_id,first_name,last_name,phone,birth_date,balance
        X1,Ольга,Иванова,(212) 555-0101,1990-04-05,10.50
        X2,Bad,Phone,12345,1991-01-01,1
        X3,Bad,Date,2125550103,1991-02-31,1
        X4,Too,Many,2125550104,1991-01-01,1,extra
        X5,Пётр,Сидоров,+1 212 555 0105,,
        X5,Пётр,Сидоров-Младший,,1985-12-01,
        X6,Twin,Phone,2125550101,,
        X7,Good,Row,212.555.0107,1970-07-07,0
        X8,No,Phone,,,
        """;

    private SubscriberImporter Importer() => Importers.For(db.DataSource);

    private Task<ImportReport> ImportAsync(string text, string source, ImportKind kind = ImportKind.Subscribers, string name = "base.csv") =>
        Importer().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), name,
            new ImportRequest { Source = source, Kind = kind, Actor = "test" }, null, Ct);

    [Fact]
    public async Task Good_rows_are_imported_and_each_bad_row_is_reported()
    {
        var report = await ImportAsync(Csv, "crm");

        Assert.Equal(9, report.RowsRead);
        Assert.Equal(3, report.Inserted);
        Assert.Equal(1, report.MergedDuplicates);
        Assert.Collection(report.Errors,
            e => Assert.Equal((3, "phone"), (e.Line, e.Column)),
            e => Assert.Equal((4, "birth_date"), (e.Line, e.Column)),
            e => Assert.Equal((5, (string?)null), (e.Line, e.Column)),
            e => Assert.Equal(8, e.Line),
            e => Assert.Equal(10, e.Line));
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        var olga = await c.QuerySingleAsync<(string FirstName, string Phone, decimal Balance)>(
            "select first_name, phone, balance from subscribers where external_id = 'X1'");
        Assert.Equal(("Ольга", "+12125550101", 10.50m), olga);
        var petr = await c.QuerySingleAsync<(string LastName, DateTime BirthDate)>(
            "select last_name, birth_date from subscribers where external_id = 'X5'");
        Assert.Equal(("Сидоров-Младший", new DateTime(1985, 12, 1)), petr);
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        await ImportAsync(Csv.Replace("X", "R").Replace("212", "646"), "again");
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        var before = await c.QuerySingleAsync<(long Count, DateTime Latest)>("select count(*), max(updated_at) from subscribers");

        var report = await ImportAsync(Csv.Replace("X", "R").Replace("212", "646"), "again");

        Assert.Equal((0L, 0L, 3L), (report.Inserted, report.Updated, report.Unchanged));
        Assert.Equal(before, await c.QuerySingleAsync<(long, DateTime)>("select count(*), max(updated_at) from subscribers"));
    }

    [Fact]
    public async Task A_changed_row_updates_the_subscriber_found_by_phone_and_keeps_blank_fields()
    {
        await ImportAsync("phone,first_name,tariff\n3125550111,Old,Basic\n", "chg");
        var report = await ImportAsync("Mobile,First Name\n+13125550111,New\n", "chg2");
        Assert.Equal((0L, 1L), (report.Inserted, report.Updated));
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(("New", "Basic"), await c.QuerySingleAsync<(string, string)>(
            "select first_name, tariff from subscribers where phone = '+13125550111'"));
    }

    [Fact]
    public async Task Facts_are_imported_by_external_id_or_phone_and_unknown_keys_are_reported()
    {
        await ImportAsync("external_id,phone\nF1,4155550121\nF2,4155550122\n", "facts-base");
        var report = await ImportAsync("external_id,phone,data_mb_per_month,interests\nF1,,5000,music;travel\n,4155550122,700,\nF9,,1,\n",
            "facts", ImportKind.Facts, "facts.csv");
        Assert.Equal(2, report.Inserted);
        Assert.Equal(4, Assert.Single(report.Errors).Line);
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        var mb = await c.QueryAsync<int>("""
            select f.data_mb_per_month from subscriber_facts f join subscribers s on s.id = f.subscriber_id
            where s.external_id in ('F1', 'F2') order by s.external_id
            """);
        Assert.Equal([5000, 700], mb);
    }

    [Fact]
    public async Task The_mapping_is_saved_for_the_source_and_used_next_time()
    {
        var mapping = new ColumnMapping(new Dictionary<string, string> { ["Tel"] = "phone", ["Who"] = "first_name" });
        await Importer().ImportAsync(new MemoryStream("Tel,Who\n5035550131,Kim\n"u8.ToArray()), "a.csv",
            new ImportRequest { Source = "partner", Mapping = mapping, Actor = "test" }, null, Ct);
        var report = await ImportAsync("Tel,Who\n5035550132,Lee\n", "partner");
        Assert.Equal(1, report.Inserted);
        Assert.Equal("phone", report.Mapping["Tel"]);
    }

    [Fact]
    public async Task A_file_without_a_phone_column_is_refused_as_a_whole()
    {
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => ImportAsync("name,city\nA,B\n", "nophone"));
        Assert.Contains("phone", e.Message);
    }
}
