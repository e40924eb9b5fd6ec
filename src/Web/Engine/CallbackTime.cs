using Outreach.Web.Shared;

namespace Outreach.Web.Engine;

/// <summary>
/// The callback picker's time: the agent types the time the subscriber chose, in the subscriber's own time zone
/// (calling hours are local to them, C4); stored and sent as an instant (see <see cref="ZonedTime"/>).
/// </summary>
public static class CallbackTime
{
    /// <summary>The instant of a local date and time in <paramref name="timeZone"/> (UTC when unknown); null and a message when unreadable.</summary>
    public static DateTimeOffset? FromLocal(string? text, string? timeZone, out string? error)
    {
        var at = ZonedTime.FromInput(text, timeZone);
        error = at is null ? "Choose the callback date and time." : null;
        return at?.ToUniversalTime();
    }

    /// <summary>An instant as the subscriber's local time, in the input's format.</summary>
    public static string ToLocalText(DateTimeOffset at, string? timeZone) => ZonedTime.ToInput(at, timeZone);

    /// <summary>An instant for reading in the subscriber's time: "2026-07-01 18:30 Europe/London".</summary>
    public static string Display(DateTimeOffset at, string? timeZone) => ZonedTime.Display(at, timeZone);
}
