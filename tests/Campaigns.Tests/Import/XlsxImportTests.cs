using ClosedXML.Excel;
using Dapper;
using Outreach.Campaigns.Import;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests.Import;

public sealed class XlsxImportTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_excel_sheet_with_typed_dates_and_numeric_phones_is_imported_and_bad_rows_named_by_sheet_row()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Leads");
        sheet.Cell(1, 1).Value = "Phone";
        sheet.Cell(1, 2).Value = "First Name";
        sheet.Cell(1, 3).Value = "Birth Date";
        sheet.Cell(2, 1).Value = 7185550161d;
        sheet.Cell(2, 2).Value = "Єва";
        sheet.Cell(2, 3).Value = new DateTime(1988, 6, 30);
        sheet.Cell(3, 1).Value = "not a phone";
        sheet.Cell(3, 2).Value = "Bad";
        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;

        var report = await Importers.For(db.DataSource).ImportAsync(stream, "leads.xlsx", new ImportRequest { Source = "xlsx", Actor = "test" }, null, Ct);

        Assert.Equal(1, report.Inserted);
        var error = Assert.Single(report.Errors);
        Assert.Equal((3, "Phone"), (error.Line, error.Column));
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(("Єва", new DateTime(1988, 6, 30)), await c.QuerySingleAsync<(string, DateTime)>(
            "select first_name, birth_date from subscribers where phone = '+17185550161'"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_with_a_message()
    {
        var importer = Importers.For(db.DataSource);
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => importer.ImportAsync(new MemoryStream("phone\n1"u8.ToArray()), "x.xlsx",
            new ImportRequest { Source = "bad", Actor = "test" }, null, Ct));
        Assert.Contains("not a readable Excel", e.Message);
    }
}
