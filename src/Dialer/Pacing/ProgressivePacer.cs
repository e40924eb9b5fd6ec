namespace Outreach.Dialer.Pacing;

/// <summary>Progressive: one call in flight per ready agent, never more.</summary>
public sealed class ProgressivePacer : IPacer
{
    /// <inheritdoc />
    public DialingMode Mode => DialingMode.Progressive;

    /// <inheritdoc />
    public int CallsToLaunch(PacingSnapshot snapshot) =>
        Math.Max(0, MaxCallsInFlight(snapshot) - snapshot.Calls.Count);

    /// <inheritdoc />
    public int MaxCallsInFlight(PacingSnapshot snapshot) => snapshot.Count(AgentState.Ready);
}
