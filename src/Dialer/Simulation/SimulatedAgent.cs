using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Simulation;

/// <summary>One agent inside the simulator.</summary>
internal sealed class SimulatedAgent(double loginAt, double logoutAt)
{
    public double LoginAt { get; } = loginAt;
    public double LogoutAt { get; } = logoutAt;
    public bool LoggedIn { get; set; }
    /// <summary>Set when the shift ended during a call: the agent leaves once free.</summary>
    public bool Leaving { get; set; }
    public AgentState State { get; set; } = AgentState.Ready;
    public double ReadySince { get; set; }
    public double ConnectedAt { get; set; }
    public double WrapStartedAt { get; set; }
    public double TalkSeconds { get; set; }
    public double WrapSeconds { get; set; }
    /// <summary>Bumped whenever the agent leaves the ready queue, so stale queue entries are skipped.</summary>
    public int Version { get; set; }
}
