namespace Outreach.Dialer.Simulation;

/// <summary>From <paramref name="AtMinute"/> on, calls follow another outcome mix (time of day).</summary>
public sealed record OutcomeChange(double AtMinute, OutcomeMix Outcomes);
