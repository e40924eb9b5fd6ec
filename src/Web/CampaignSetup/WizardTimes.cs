using System.Globalization;

namespace Outreach.Web.CampaignSetup;

/// <summary>The text of the wizard's date-time and time inputs (HTML datetime-local and time values) to and from stored times.</summary>
public static class WizardTimes
{
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFF"];
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    /// <summary>A UTC instant as a datetime-local value.</summary>
    public static string? ToInput(DateTimeOffset? at) => at?.UtcDateTime.ToString(DateTimeFormats[0], CultureInfo.InvariantCulture);

    /// <summary>A datetime-local value read as UTC; null when blank or unreadable.</summary>
    public static DateTimeOffset? FromInput(string? text) =>
        DateTime.TryParseExact(text?.Trim(), DateTimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero) : null;

    /// <summary>A time value, or the fallback when blank or unreadable.</summary>
    public static TimeOnly TimeFromInput(string? text, TimeOnly fallback) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : fallback;
}
