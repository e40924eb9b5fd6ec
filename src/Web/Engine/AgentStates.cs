namespace Outreach.Web.Engine;

/// <summary>
/// The agent states as the desktop and the dashboard name them. The engine publishes them as text; this accepts
/// the spellings it may use ("OnCall", "on_call", "on-call") so that screens never depend on one of them.
/// </summary>
public static class AgentStates
{
    public const string LoggedOut = "loggedout";
    public const string Ready = "ready";
    public const string Reserved = "reserved";
    public const string OnCall = "oncall";
    public const string WrapUp = "wrapup";
    public const string Paused = "paused";

    /// <summary>The order the dashboard lists states in.</summary>
    public static readonly IReadOnlyList<string> Ordered = [Ready, Reserved, OnCall, WrapUp, Paused];

    public static string Normalize(string? state) =>
        new string((state ?? "").Where(char.IsLetter).ToArray()).ToLowerInvariant();

    public static bool Is(string? state, string normalized) => Normalize(state) == normalized;

    public static string Label(string? state) => Normalize(state) switch
    {
        LoggedOut => "Logged out",
        Ready => "Ready",
        Reserved => "Call coming",
        OnCall => "On call",
        WrapUp => "Wrap-up",
        Paused => "Paused",
        var other => other.Length == 0 ? "Unknown" : other,
    };

    /// <summary>The agent holds a call (its card and script stay on screen).</summary>
    public static bool HoldsCall(string? state) => Normalize(state) is Reserved or OnCall or WrapUp;

    /// <summary>Counts per normalised state, whatever spelling each campaign board used.</summary>
    public static IReadOnlyDictionary<string, int> Count(IReadOnlyDictionary<string, int> byState)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (state, n) in byState)
        {
            var key = Normalize(state);
            counts[key] = counts.GetValueOrDefault(key) + n;
        }
        return counts;
    }
}
