using System.Globalization;

namespace Outreach.Web.Reports;

/// <summary>How report values read on screen and in HTML.</summary>
public static class ReportFormat
{
    public static string Display(object value, ReportColumnKind kind) => (kind, value) switch
    {
        (ReportColumnKind.Percent, double f) => (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
        (ReportColumnKind.Seconds, double s) => Duration(s),
        (ReportColumnKind.Count, long n) => n.ToString("#,0", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>0:45, 12:05, 3:02:05.</summary>
    public static string Duration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Round(Math.Max(0, seconds)));
        return t.TotalHours >= 1
            ? $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}"
            : $"{t.Minutes}:{t.Seconds:00}";
    }

    /// <summary>The value as CSV and Excel keep it: percents in points with two decimals, whole seconds.</summary>
    public static object Raw(object value, ReportColumnKind kind) => (kind, value) switch
    {
        (ReportColumnKind.Percent, double f) => Math.Round(f * 100, 2),
        (ReportColumnKind.Seconds, double s) => (long)Math.Round(s),
        _ => value,
    };

    /// <summary>Column titles in CSV and Excel say their unit.</summary>
    public static string RawTitle(ReportColumn column) => column.Kind switch
    {
        ReportColumnKind.Percent => column.Title + " (%)",
        ReportColumnKind.Seconds => column.Title + " (s)",
        _ => column.Title,
    };
}
