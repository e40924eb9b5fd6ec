using System.Globalization;
using ClosedXML.Excel;

namespace Outreach.Campaigns.Import;

/// <summary>The first worksheet of an Excel .xlsx import file; row numbers are the sheet's own.</summary>
internal sealed class XlsxSheet : ITabularSheet
{
    private readonly XLWorkbook workbook;
    private readonly IXLRange? range;

    private XlsxSheet(XLWorkbook workbook)
    {
        this.workbook = workbook;
        range = workbook.Worksheets.FirstOrDefault()?.RangeUsed();
        Header = range is null
            ? throw new InvalidDataException("The workbook is empty: it has no header row.")
            : range.FirstRow().Cells().Select(c => c.GetString().Trim()).ToArray();
    }

    public IReadOnlyList<string> Header { get; }

    public static XlsxSheet Open(Stream stream)
    {
        try
        {
            return new XlsxSheet(new XLWorkbook(stream));
        }
        catch (Exception e) when (e is not InvalidDataException and not OperationCanceledException)
        {
            throw new InvalidDataException("The file is not a readable Excel .xlsx workbook.", e);
        }
    }

    public IEnumerable<SourceRow> ReadRows(ICollection<RowError> errors, CancellationToken ct)
    {
        foreach (var row in range!.Rows().Skip(1))
        {
            ct.ThrowIfCancellationRequested();
            if (row.IsEmpty()) continue;
            var cells = new string?[Header.Count];
            for (var i = 0; i < cells.Length; i++)
                cells[i] = Text(row.Cell(i + 1));
            yield return new SourceRow(row.RowNumber(), cells);
        }
    }

    public void Dispose() => workbook.Dispose();

    // Dates and numbers are typed in Excel: write them the way the CSV path reads them.
    private static string? Text(IXLCell cell) => cell.IsEmpty() ? null : cell.DataType switch
    {
        XLDataType.DateTime => cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        XLDataType.Number => cell.GetDouble().ToString("0.############", CultureInfo.InvariantCulture),
        _ => cell.GetString(),
    };
}
