using System.Globalization;
using Outreach.Web.Shared;

namespace Outreach.Web.CampaignSetup;

/// <summary>
/// The text of the wizard's date-time and time inputs (HTML datetime-local and time values) to and from stored times.
/// A schedule is typed and shown in the campaign's schedule zone and stored as an instant (see <see cref="ZonedTime"/>).
/// </summary>
public static class WizardTimes
{
    public const string Utc = ZonedTime.Utc;
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    /// <summary>The IANA zones a schedule may be typed in, by name.</summary>
    public static IReadOnlyList<string> Zones { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Select(z => z.Id).Where(id => id.Contains('/') || id == Utc).Append(Utc).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The zone of that IANA name, or null when there is none.</summary>
    public static TimeZoneInfo? FindZone(string? id) => ZonedTime.FindZone(id);

    /// <summary>An instant as a datetime-local value in <paramref name="zone"/> (UTC when unknown).</summary>
    public static string? ToInput(DateTimeOffset? at, string? zone = Utc) => at is { } instant ? ZonedTime.ToInput(instant, zone) : null;

    /// <summary>A datetime-local value read as wall-clock time in <paramref name="zone"/>; null when blank or unreadable.</summary>
    public static DateTimeOffset? FromInput(string? text, string? zone = Utc) => ZonedTime.FromInput(text, zone);

    /// <summary>The same wall-clock time in another zone: what a marketer typed keeps its meaning when they fix the zone.</summary>
    public static DateTimeOffset? Rezone(DateTimeOffset? at, string? from, string? to) => FromInput(ToInput(at, from), to);

    /// <summary>An instant for reading: "2027-01-15 10:00 Europe/London".</summary>
    public static string Display(DateTimeOffset at, string? zone) => ZonedTime.Display(at, zone);

    /// <summary>A time value, or the fallback when blank or unreadable.</summary>
    public static TimeOnly TimeFromInput(string? text, TimeOnly fallback) =>
        TimeOnly.TryParseExact(text?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : fallback;
}
