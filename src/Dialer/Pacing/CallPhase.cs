namespace Outreach.Dialer.Pacing;

/// <summary>Where a placed call stands before it reaches an agent.</summary>
public enum CallPhase
{
    /// <summary>Ringing, or answered and still being classified.</summary>
    Dialing,
    /// <summary>Known to be a live person, waiting for an agent (the connect clock runs).</summary>
    WaitingForAgent,
}
