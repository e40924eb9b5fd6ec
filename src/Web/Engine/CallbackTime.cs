using System.Globalization;

namespace Outreach.Web.Engine;

/// <summary>
/// The callback picker's time: the agent types the time the subscriber chose, in the subscriber's own time zone
/// (calling hours are local to them, C4); stored and sent as an instant.
/// </summary>
public static class CallbackTime
{
    /// <summary>The format of an HTML datetime-local input.</summary>
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    /// <summary>The instant of a local date and time in <paramref name="timeZone"/> (UTC when unknown); null and a message when unreadable.</summary>
    public static DateTimeOffset? FromLocal(string? text, string? timeZone, out string? error)
    {
        error = null;
        if (!DateTime.TryParseExact(text?.Trim(), InputFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            error = "Choose the callback date and time.";
            return null;
        }
        var zone = Zone(timeZone);
        // A time skipped by a clock change does not exist there: take the same wall time an hour later.
        if (zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>An instant as the subscriber's local time, in the input's format.</summary>
    public static string ToLocalText(DateTimeOffset at, string? timeZone) =>
        TimeZoneInfo.ConvertTime(at, Zone(timeZone)).ToString(InputFormat, CultureInfo.InvariantCulture);

    private static TimeZoneInfo Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
