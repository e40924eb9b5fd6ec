namespace Outreach.Dialer.Compliance;

/// <summary>The hours of the day, in the subscriber's local time, when calls are allowed; may run past midnight.</summary>
public sealed record CallingWindow(TimeOnly From, TimeOnly To)
{
    /// <summary>True when a local time of day falls inside the window (From inclusive, To exclusive).</summary>
    public bool Contains(TimeOnly localTime) => From <= To
        ? localTime >= From && localTime < To
        : localTime >= From || localTime < To;

    /// <summary>True when the instant is inside the window in the given zone.</summary>
    public bool IsOpen(DateTimeOffset now, TimeZoneInfo zone) =>
        Contains(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime));

    /// <summary>The instant the window next opens in the zone (now when it is open), DST-correct.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset now, TimeZoneInfo zone)
    {
        if (IsOpen(now, zone)) return now;
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var opening = local.Date + From.ToTimeSpan();
        if (opening <= local) opening = opening.AddDays(1);
        return LocalToInstant(opening, zone);
    }

    public override string ToString() => $"{From:HH\\:mm}–{To:HH\\:mm}";

    /// <summary>A wall-clock time as an instant: skipped times (spring forward) move to the first valid minute, repeated ones take the earlier instant.</summary>
    internal static DateTimeOffset LocalToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
