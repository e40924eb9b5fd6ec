using System.Globalization;
using System.Net;
using System.Text;
using ClosedXML.Excel;
using Outreach.Web.Shared;

namespace Outreach.Web.Reports;

/// <summary>Writes a <see cref="Report"/> as CSV (tables one after another), an Excel workbook (a sheet per table) or an HTML page.</summary>
public static class ReportWriter
{
    public static readonly IReadOnlyList<string> Formats = ["csv", "xlsx", "html"];

    public static (byte[] Content, string ContentType, string Extension) Write(Report report, string format) => format switch
    {
        "csv" => (Csv(report), "text/csv; charset=utf-8", "csv"),
        "xlsx" => (Excel(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        "html" => (Encoding.UTF8.GetBytes(Html(report)), "text/html; charset=utf-8", "html"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Use csv, xlsx or html."),
    };

    public static byte[] Csv(Report report)
    {
        var text = new StringBuilder();
        foreach (var table in report.Tables)
        {
            if (text.Length > 0) text.AppendLine();
            if (report.Tables.Count > 1) text.AppendLine(CsvText.Field(table.Title));
            text.AppendLine(string.Join(',', table.Columns.Select(c => CsvText.Field(ReportFormat.RawTitle(c)))));
            foreach (var row in table.Rows)
                text.AppendLine(string.Join(',', row.Select((v, i) => CsvText.Field(
                    Convert.ToString(ReportFormat.Raw(v, table.Columns[i].Kind), CultureInfo.InvariantCulture) ?? ""))));
        }
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    public static byte[] Excel(Report report)
    {
        using var book = new XLWorkbook();
        foreach (var table in report.Tables)
        {
            var sheet = book.Worksheets.Add(table.Title.Length > 31 ? table.Title[..31] : table.Title);
            for (var c = 0; c < table.Columns.Count; c++) sheet.Cell(1, c + 1).Value = ReportFormat.RawTitle(table.Columns[c]);
            for (var r = 0; r < table.Rows.Count; r++)
                for (var c = 0; c < table.Columns.Count; c++)
                    SetCell(sheet.Cell(r + 2, c + 1), ReportFormat.Raw(table.Rows[r][c], table.Columns[c].Kind));
            sheet.Row(1).Style.Font.Bold = true;
            // Fixed widths: measuring text needs fonts a server may not have.
            sheet.Columns(1, table.Columns.Count).Width = 16;
            sheet.Column(1).Width = 32;
        }
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    // Text is set as text so that a campaign named "=1+1" is never read as a formula.
    private static void SetCell(IXLCell cell, object value)
    {
        switch (value)
        {
            case long n: cell.Value = n; break;
            case double d: cell.Value = d; break;
            default: cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""); break;
        }
    }

    public static string Html(Report report)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode($"{report.Title}, {report.Period}")).Append("</title><style>")
            .Append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}")
            .Append("th,td{border:1px solid #ccc;padding:4px 8px}td.n{text-align:right}th{background:#f2f2f2}")
            .Append("</style></head><body><h1>").Append(WebUtility.HtmlEncode(report.Title)).Append("</h1><p>")
            .Append(WebUtility.HtmlEncode($"Period (UTC): {report.Period}")).Append("</p>");
        foreach (var table in report.Tables)
        {
            h.Append("<h2>").Append(WebUtility.HtmlEncode(table.Title)).Append("</h2>");
            if (table.Rows.Count == 0)
            {
                h.Append("<p>Nothing in this period.</p>");
                continue;
            }
            h.Append("<table><thead><tr>");
            foreach (var column in table.Columns) h.Append("<th>").Append(WebUtility.HtmlEncode(column.Title)).Append("</th>");
            h.Append("</tr></thead><tbody>");
            foreach (var row in table.Rows)
            {
                h.Append("<tr>");
                for (var i = 0; i < row.Count; i++)
                {
                    var kind = table.Columns[i].Kind;
                    h.Append(kind == ReportColumnKind.Text ? "<td>" : "<td class=\"n\">")
                        .Append(WebUtility.HtmlEncode(ReportFormat.Display(row[i], kind))).Append("</td>");
                }
                h.Append("</tr>");
            }
            h.Append("</tbody></table>");
        }
        return h.Append("</body></html>").ToString();
    }
}
