namespace Outreach.Dialer.Retries;

/// <summary>An agent-set callback: when the subscriber asked to be called, and optionally by the same agent.</summary>
public sealed record CallbackRequest(DateTimeOffset At, int? AgentId = null);
