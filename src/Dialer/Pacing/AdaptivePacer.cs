namespace Outreach.Dialer.Pacing;

/// <summary>
/// The baseline in the style of well-known open-source dialers: lines = dial level × active
/// agents (ready or talking), and every 15 s the level rises with the share of idle agents while
/// the campaign's drop percentage is under target, and falls when it is over.
/// </summary>
public sealed class AdaptivePacer : IPacer
{
    private static readonly TimeSpan AdjustEvery = TimeSpan.FromSeconds(15);
    private readonly PacingOptions _options;
    private readonly TimeProvider _time;
    private DateTimeOffset? _lastAdjust;

    /// <summary>Creates the baseline pacer.</summary>
    public AdaptivePacer(PacingOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
    }

    /// <inheritdoc />
    public DialingMode Mode => DialingMode.Adaptive;

    /// <summary>Current dial level (lines per active agent).</summary>
    public double DialLevel { get; private set; } = 1.0;

    /// <inheritdoc />
    public int CallsToLaunch(PacingSnapshot snapshot)
    {
        if (snapshot.Agents.Count == 0) return 0;
        Adjust(snapshot);
        var talking = snapshot.Count(AgentState.Talking);
        var active = snapshot.Count(AgentState.Ready) + talking;
        var lines = (int)Math.Floor(DialLevel * active + 1e-9);
        var wanted = lines - talking - snapshot.Calls.Count;
        return Math.Clamp(wanted, 0, Math.Max(0, MaxCallsInFlight(snapshot) - snapshot.Calls.Count));
    }

    /// <inheritdoc />
    public int MaxCallsInFlight(PacingSnapshot snapshot) =>
        (int)Math.Floor(_options.MaxLinesPerAgent * snapshot.Agents.Count);

    private void Adjust(PacingSnapshot snapshot)
    {
        var now = _time.GetUtcNow();
        _lastAdjust ??= now;
        if (now - _lastAdjust.Value < AdjustEvery) return;
        _lastAdjust = now;
        var ledger = snapshot.Statistics.Abandons;
        var target = _options.TargetAbandonRate;
        if (ledger.Humans >= 20 && ledger.Rate > target)
        {
            var over = Math.Min(1, (ledger.Rate - target) / target);
            DialLevel -= Math.Max(0.05, 0.2 * over * DialLevel);
        }
        else
        {
            var waitingCalls = 0;
            foreach (var call in snapshot.Calls)
                if (call.Phase == CallPhase.WaitingForAgent) waitingCalls++;
            var differential = snapshot.Count(AgentState.Ready) - waitingCalls;
            DialLevel += 0.5 * differential / snapshot.Agents.Count;
        }
        DialLevel = Math.Clamp(DialLevel, 1.0, _options.AdaptiveMaxLevel);
    }
}
