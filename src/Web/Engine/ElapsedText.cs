using System.Globalization;

namespace Outreach.Web.Engine;

/// <summary>Durations as a contact centre reads them: m:ss under an hour, h:mm:ss above.</summary>
public static class ElapsedText
{
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.Zero) span = TimeSpan.Zero;
        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}:{span.Seconds:00}");
    }

    public static string Since(DateTimeOffset since, DateTimeOffset now) => Format(now - since);

    /// <summary>An average per call, or a dash when there were none.</summary>
    public static string Average(TimeSpan total, int calls) => calls <= 0 ? "—" : Format(total / calls);

    /// <summary>A rate 0..1 as a percentage with two decimals.</summary>
    public static string Percent(double rate) => (rate * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
