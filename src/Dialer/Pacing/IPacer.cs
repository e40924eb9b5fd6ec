namespace Outreach.Dialer.Pacing;

/// <summary>Decides, at each pacing tick, how many new calls a campaign places.</summary>
public interface IPacer
{
    /// <summary>The mode this pacer implements.</summary>
    DialingMode Mode { get; }

    /// <summary>Number of calls to place now (never negative, zero when no agent is logged in).</summary>
    int CallsToLaunch(PacingSnapshot snapshot);

    /// <summary>Most calls in flight this pacer ever asks for with the given snapshot.</summary>
    int MaxCallsInFlight(PacingSnapshot snapshot);
}
