namespace Outreach.Dialer.Compliance;

/// <summary>An earlier attempt to the same subscriber; abandoned includes machine calls later shown to be people.</summary>
public sealed record PastAttempt(DateTimeOffset At, bool Abandoned = false);
