namespace Outreach.Dialer.Retries;

/// <summary>The next attempt's time (and agent, for a callback to the same agent), or done with the reason.</summary>
public sealed record RetryDecision(DateTimeOffset? NextAttemptAt, int? PreferredAgentId, string Reason)
{
    public bool IsDone => NextAttemptAt is null;

    public static RetryDecision Done(string reason) => new(null, null, reason);

    public static RetryDecision At(DateTimeOffset at, string reason, int? agentId = null) => new(at, agentId, reason);
}
