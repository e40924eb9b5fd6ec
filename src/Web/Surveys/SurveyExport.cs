using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Outreach.Campaigns.Surveys;

namespace Outreach.Web.Surveys;

/// <summary>Answers in force as CSV or an Excel workbook, one row per answer.</summary>
public sealed class SurveyExport(SurveyResultsRepository results)
{
    private static readonly string[] Header =
        ["Session", "Version", "Subscriber", "Campaign", "Channel", "Status", "Step", "Answer", "Answered at (UTC)"];

    public async Task<byte[]> CsvAsync(ResultsFilter filter, CancellationToken ct)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', Header));
        foreach (var row in await results.ExportRowsAsync(filter, ct))
            text.AppendLine(string.Join(',', Cells(row).Select(Outreach.Web.Shared.CsvText.Field)));
        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    public async Task<byte[]> ExcelAsync(ResultsFilter filter, CancellationToken ct)
    {
        using var book = new XLWorkbook();
        var sheet = book.Worksheets.Add("Answers");
        for (var i = 0; i < Header.Length; i++) sheet.Cell(1, i + 1).Value = Header[i];
        var r = 2;
        foreach (var row in await results.ExportRowsAsync(filter, ct))
        {
            var cells = Cells(row);
            // Set as text so that an answer such as "=1+1" is never read as a formula.
            for (var i = 0; i < cells.Length; i++) sheet.Cell(r, i + 1).SetValue(cells[i]);
            r++;
        }
        sheet.Row(1).Style.Font.Bold = true;
        using var stream = new MemoryStream();
        book.SaveAs(stream);
        return stream.ToArray();
    }

    private static string[] Cells(AnswerExportRow row) =>
    [
        row.SessionId.ToString(), row.Version.ToString(CultureInfo.InvariantCulture),
        row.SubscriberId?.ToString(CultureInfo.InvariantCulture) ?? "", row.CampaignId?.ToString(CultureInfo.InvariantCulture) ?? "",
        row.Channel, row.Status, row.StepId, row.Value,
        row.AnsweredAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
    ];
}
