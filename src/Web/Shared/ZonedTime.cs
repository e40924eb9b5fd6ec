using System.Globalization;

namespace Outreach.Web.Shared;

/// <summary>
/// Wall-clock times in an IANA zone to and from instants, for the HTML datetime-local inputs (a campaign's schedule,
/// an agent's callback in the subscriber's time). An unknown zone is read as UTC. A time skipped when clocks go
/// forward moves on by the jump (01:30 → 02:30 on a one-hour change); a time that happens twice when they go back is
/// the first of the two.
/// </summary>
public static class ZonedTime
{
    public const string Utc = "UTC";

    /// <summary>The format of an HTML datetime-local input.</summary>
    public const string InputFormat = "yyyy-MM-dd'T'HH:mm";

    private static readonly string[] InputFormats = [InputFormat, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFF"];

    /// <summary>The zone of that IANA name, or null when there is none.</summary>
    public static TimeZoneInfo? FindZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>An instant as a datetime-local value in the zone.</summary>
    public static string ToInput(DateTimeOffset at, string? zone) =>
        Local(at, zone).ToString(InputFormat, CultureInfo.InvariantCulture);

    /// <summary>A datetime-local value read as wall-clock time in the zone; null when blank or unreadable.</summary>
    public static DateTimeOffset? FromInput(string? text, string? zone) =>
        DateTime.TryParseExact(text?.Trim(), InputFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? Instant(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), FindZone(zone) ?? TimeZoneInfo.Utc)
            : null;

    /// <summary>An instant for reading: "2027-01-15 10:00 Europe/London".</summary>
    public static string Display(DateTimeOffset at, string? zone) =>
        $"{Local(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {FindZone(zone)?.Id ?? Utc}";

    /// <summary>The time of day of an instant for reading: "16:05:09 America/New_York".</summary>
    public static string DisplayTime(DateTimeOffset at, string? zone) =>
        $"{Local(at, zone).ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {FindZone(zone)?.Id ?? Utc}";

    private static DateTime Local(DateTimeOffset at, string? zone) =>
        TimeZoneInfo.ConvertTime(at, FindZone(zone) ?? TimeZoneInfo.Utc).DateTime;

    private static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsAmbiguousTime(local))
            return new DateTimeOffset(local, zone.GetAmbiguousTimeOffsets(local).Max());
        if (zone.IsInvalidTime(local))
        {
            // The offsets on either side of the gap: the jump is their difference, and the time moves on by it.
            var before = zone.GetUtcOffset(local.AddHours(-3));
            var after = zone.GetUtcOffset(local.AddHours(3));
            return new DateTimeOffset(local.Add(after - before), after);
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
