namespace Outreach.Web.Reports;

/// <summary>How a report column's values are written: CSV and Excel keep numbers, HTML and the page format them.</summary>
public enum ReportColumnKind
{
    Text,
    Count,
    /// <summary>A fraction (0.25): "25.0 %" on screen, 25.0 in CSV, a percent-formatted number in Excel.</summary>
    Percent,
    /// <summary>Seconds: "1:02:05" on screen, whole seconds in CSV and Excel.</summary>
    Seconds,
}

public sealed record ReportColumn(string Title, ReportColumnKind Kind);

/// <summary>One table of a report, as every export format writes it.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<object>> Rows);

/// <summary>A report: its title, the period it covers and its tables.</summary>
public sealed record Report(string Title, string Period, IReadOnlyList<ReportTable> Tables);
