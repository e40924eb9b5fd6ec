namespace Outreach.Dialer.Simulation;

/// <summary>A live answer connected to an agent, with when its talk and wrap-up end.</summary>
internal sealed record Connection(SimulatedAgent Agent, SimulatedCall Call, double TalkEndsAt, double WrapEndsAt);
