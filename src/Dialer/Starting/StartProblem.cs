namespace Outreach.Dialer.Starting;

/// <summary>One reason a campaign cannot start, tied to the field the marketer should fix.</summary>
public sealed record StartProblem(string Field, string Message);
