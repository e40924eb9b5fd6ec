using System.Globalization;

namespace Outreach.Web.CampaignSetup;

/// <summary>
/// The text of the wizard's date-time and time inputs (HTML datetime-local and time values) to and from stored times.
/// A schedule is typed and shown in the campaign's schedule zone and stored as an instant (UTC).
/// </summary>
public static class WizardTimes
{
    public const string Utc = "UTC";
    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFF"];
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    /// <summary>The IANA zones a schedule may be typed in, by name.</summary>
    public static IReadOnlyList<string> Zones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id).Where(id => id.Contains('/') || id == Utc).Append(Utc).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The zone of that IANA name, or null when there is none.</summary>
    public static TimeZoneInfo? FindZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    /// <summary>An instant as a datetime-local value in <paramref name="zone"/> (UTC when unknown).</summary>
    public static string? ToInput(DateTimeOffset? at, string? zone = Utc) =>
        at is { } instant ? Local(instant, zone).ToString(DateTimeFormats[0], CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// A datetime-local value read as wall-clock time in <paramref name="zone"/> (UTC when unknown); null when blank or
    /// unreadable. A time skipped when clocks go forward is moved forward by the jump (01:30 → 02:30 on a one-hour
    /// change); a time that happens twice when they go back is the first of the two.
    /// </summary>
    public static DateTimeOffset? FromInput(string? text, string? zone = Utc)
    {
        if (!DateTime.TryParseExact(text?.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return null;
        return Instant(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), FindZone(zone) ?? TimeZoneInfo.Utc);
    }

    /// <summary>The same wall-clock time in another zone: what a marketer typed keeps its meaning when they fix the zone.</summary>
    public static DateTimeOffset? Rezone(DateTimeOffset? at, string? from, string? to) => FromInput(ToInput(at, from), to);

    /// <summary>An instant for reading: "2027-01-15 10:00 Europe/London".</summary>
    public static string Display(DateTimeOffset at, string? zone) =>
        $"{Local(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} {FindZone(zone)?.Id ?? Utc}";

    /// <summary>A time value, or the fallback when blank or unreadable.</summary>
    public static TimeOnly TimeFromInput(string? text, TimeOnly fallback) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : fallback;

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
