namespace Outreach.Dialer.Routing;

/// <summary>What one routing pass decided: calls that got an agent, and calls past their connect limit (play the message).</summary>
public sealed record RoutingResult(IReadOnlyList<AgentReservation> Reserved, IReadOnlyList<WaitingCall> Abandoned)
{
    public static readonly RoutingResult Nothing = new([], []);
}
