namespace Outreach.Dialer.Pacing;

/// <summary>
/// Preview: every ready agent dials one call of its own after seeing the card; the owner binds
/// each launched call to a ready agent and marks it <see cref="AgentState.Reserved"/>, so a
/// live answer always has its agent and is never abandoned.
/// </summary>
public sealed class PreviewPacer : IPacer
{
    /// <inheritdoc />
    public DialingMode Mode => DialingMode.Preview;

    /// <inheritdoc />
    public int CallsToLaunch(PacingSnapshot snapshot) =>
        Math.Clamp(MaxCallsInFlight(snapshot) - snapshot.Calls.Count, 0, snapshot.Count(AgentState.Ready));

    /// <inheritdoc />
    public int MaxCallsInFlight(PacingSnapshot snapshot) =>
        snapshot.Count(AgentState.Ready) + snapshot.Count(AgentState.Reserved);
}
