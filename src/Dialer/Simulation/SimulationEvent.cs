namespace Outreach.Dialer.Simulation;

/// <summary>A scheduled event with the agent or call it concerns.</summary>
internal readonly record struct SimulationEvent(SimulationEventKind Kind, SimulatedAgent? Agent, SimulatedCall? Call);
