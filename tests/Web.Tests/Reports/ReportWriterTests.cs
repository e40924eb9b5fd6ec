using System.Text;
using ClosedXML.Excel;
using Outreach.Web.Reports;

namespace Outreach.Web.Tests.Reports;

/// <summary>Report files: numbers stay numbers, names stay text (never formulas, never markup), empty tables say so.</summary>
public sealed class ReportWriterTests
{
    private static readonly Report Sample = new("Campaign results", "2026-11-01 to 2026-11-07",
    [
        new ReportTable("Campaign results",
            [new("Campaign", ReportColumnKind.Text), new("Calls", ReportColumnKind.Count), new("Abandon rate", ReportColumnKind.Percent),
             new("Talk", ReportColumnKind.Seconds)],
            [["=HYPERLINK(\"x\")", 1234L, 0.0312, 3725.4], ["<b>Winter, \"best\"</b>", 0L, 0.0, 59.6]]),
        new ReportTable("Dispositions", [new("Campaign", ReportColumnKind.Text)], []),
    ]);

    [Theory]
    [InlineData(0.0, "0:00")]
    [InlineData(59.6, "1:00")]
    [InlineData(725, "12:05")]
    [InlineData(3725.4, "1:02:05")]
    [InlineData(-3, "0:00")]
    public void Durations_read_as_hours_minutes_and_seconds(double seconds, string expected) =>
        Assert.Equal(expected, ReportFormat.Duration(seconds));

    [Fact]
    public void Csv_keeps_raw_numbers_with_units_in_the_titles_and_defuses_formulas()
    {
        var lines = Encoding.UTF8.GetString(ReportWriter.Csv(Sample)).TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');

        Assert.Equal("Campaign results", lines[0]);
        Assert.Equal("Campaign,Calls,Abandon rate (%),Talk (s)", lines[1]);
        Assert.Equal("\"'=HYPERLINK(\"\"x\"\")\",1234,3.12,3725", lines[2]);
        Assert.Equal("\"<b>Winter, \"\"best\"\"</b>\",0,0,60", lines[3]);
        Assert.Equal("Dispositions", lines[5]);
    }

    [Fact]
    public void Html_encodes_names_formats_figures_and_says_when_a_table_is_empty()
    {
        var html = ReportWriter.Html(Sample);

        Assert.Contains("<td>&lt;b&gt;Winter, &quot;best&quot;&lt;/b&gt;</td>", html);
        Assert.Contains("<td class=\"n\">1,234</td><td class=\"n\">3.1 %</td><td class=\"n\">1:02:05</td>", html);
        Assert.Contains("<h2>Dispositions</h2><p>Nothing in this period.</p>", html);
        Assert.DoesNotContain("<b>Winter", html);
    }

    [Fact]
    public void Excel_has_a_sheet_per_table_with_numbers_as_numbers_and_names_as_text()
    {
        using var book = new XLWorkbook(new MemoryStream(ReportWriter.Excel(Sample)));

        var sheet = book.Worksheet("Campaign results");
        Assert.Equal("Abandon rate (%)", sheet.Cell(1, 3).GetString());
        Assert.False(sheet.Cell(2, 1).HasFormula);
        Assert.Equal("=HYPERLINK(\"x\")", sheet.Cell(2, 1).GetString());
        Assert.Equal(1234, sheet.Cell(2, 2).GetValue<long>());
        Assert.Equal(3.12, sheet.Cell(2, 3).GetValue<double>());
        Assert.Equal(["Campaign results", "Dispositions"], book.Worksheets.Select(w => w.Name));
    }

    [Fact]
    public void An_unknown_format_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWriter.Write(Sample, "pdf"));
}
