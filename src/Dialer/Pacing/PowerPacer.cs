namespace Outreach.Dialer.Pacing;

/// <summary>Power: a fixed number of lines (the power ratio) per ready agent.</summary>
public sealed class PowerPacer : IPacer
{
    private readonly double _ratio;

    /// <summary>Creates a power pacer with the campaign's ratio (at least 1).</summary>
    public PowerPacer(double ratio) => _ratio = Math.Max(1, ratio);

    /// <inheritdoc />
    public DialingMode Mode => DialingMode.Power;

    /// <inheritdoc />
    public int CallsToLaunch(PacingSnapshot snapshot) =>
        Math.Max(0, MaxCallsInFlight(snapshot) - snapshot.Calls.Count);

    /// <inheritdoc />
    public int MaxCallsInFlight(PacingSnapshot snapshot) =>
        (int)Math.Floor(_ratio * snapshot.Count(AgentState.Ready) + 1e-9);
}
