namespace Outreach.Campaigns.Dialling;

/// <summary>Changes gathered for one <see cref="DiallingJournal"/> write.</summary>
public sealed class JournalBatch
{
    public List<AttemptOutcome> Outcomes { get; } = [];
    public List<AttemptDisposition> Dispositions { get; } = [];
    public List<EntryMove> EntryMoves { get; } = [];
    public List<AgentStateSpan> AgentStates { get; } = [];
    public List<EntryDeferral> Deferrals { get; } = [];

    public int Count => Outcomes.Count + Dispositions.Count + EntryMoves.Count + AgentStates.Count + Deferrals.Count;
    public bool IsEmpty => Count == 0;
}

/// <summary>
/// How an attempt ended: network outcome, answer class, connect result (stored names), the agent who took it, and
/// for a live answer whether it had to wait for an agent.
/// </summary>
public sealed record AttemptOutcome(
    long AttemptId, string Outcome, string? AnswerClass, string? ConnectResult, DateTimeOffset? AnsweredAt, DateTimeOffset EndedAt, int? AgentId,
    bool? WaitedForAgent = null);

/// <summary>The agent's disposition and notes for an attempt.</summary>
public sealed record AttemptDisposition(long AttemptId, string Code, string? Notes, int AgentId);

/// <summary>
/// Where an entry goes after its latest attempt (<paramref name="AttemptId"/>): "retry" at a time (optionally for one
/// agent) or "done".
/// </summary>
public sealed record EntryMove(long AttemptId, string Status, DateTimeOffset? NextAttemptAt, int? PreferredAgentId = null);

/// <summary>A stretch of time an agent spent in one state (stored name: ready, on_call, wrap_up, paused, ...).</summary>
public sealed record AgentStateSpan(int AgentId, string State, string? Reason, DateTimeOffset StartedAt, DateTimeOffset EndedAt, long? CampaignId);

/// <summary>
/// An entry the compliance gate refused before any attempt: "retry" at the time the rule allows, or "excluded".
/// Applied only while the entry is still due and on <paramref name="AttemptsMade"/> attempts.
/// </summary>
public sealed record EntryDeferral(long EntryId, int AttemptsMade, string Status, DateTimeOffset? NextAttemptAt);
