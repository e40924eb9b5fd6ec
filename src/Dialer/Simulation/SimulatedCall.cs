namespace Outreach.Dialer.Simulation;

/// <summary>One placed call inside the simulator.</summary>
internal sealed class SimulatedCall(CallOutcome outcome, double placedAt, double resolvesAt)
{
    public CallOutcome Outcome { get; } = outcome;
    public double PlacedAt { get; } = placedAt;
    /// <summary>When ringing ends unanswered, or when classification finishes.</summary>
    public double ResolvesAt { get; } = resolvesAt;
    public bool Waiting { get; set; }
    public bool Done { get; set; }
    /// <summary>In preview the call belongs to the agent who dialled it.</summary>
    public SimulatedAgent? Owner { get; set; }
    /// <summary>Position in the in-flight list, for O(1) removal.</summary>
    public int Slot { get; set; } = -1;
}
