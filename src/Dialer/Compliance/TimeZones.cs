using System.Collections.Concurrent;

namespace Outreach.Dialer.Compliance;

/// <summary>IANA zone lookups, cached because the gate asks for the same few zones millions of times.</summary>
internal static class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.Ordinal);

    public static TimeZoneInfo? Find(string id) => Cache.GetOrAdd(id, static key =>
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(key); }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException) { return null; }
    });
}
