namespace Outreach.Dialer.Retries;

/// <summary>How long to wait before the next attempt after a cause, and how many retries that cause allows.</summary>
public sealed record RetryRule(TimeSpan Delay, int MaxRetries);
