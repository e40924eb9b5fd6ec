namespace Outreach.Dialer.Simulation;

/// <summary>A group of agents who log in and out at the same minutes.</summary>
public sealed record AgentShift(int Count, double LoginMinute, double LogoutMinute);
