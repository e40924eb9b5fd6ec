using Outreach.Telephony;

namespace Outreach.Dialer.Engine;

/// <summary>Where a placed call stands on the engine's side.</summary>
public enum LiveCallPhase
{
    /// <summary>Placed: ringing, or answered and being classified.</summary>
    Dialling,
    /// <summary>A live person waits for an agent; the connect clock runs.</summary>
    WaitingForAgent,
    /// <summary>Bridged to an agent.</summary>
    Connected,
    /// <summary>Answered by a machine (or fax) and being dealt with, or abandoned: no agent will take it.</summary>
    Closing,
}

/// <summary>
/// One call placed by a campaign and not yet completed. Kept in the silo's <see cref="CallLedger"/> rather than in
/// the grain, so a campaign grain that is deactivated and reactivated on the same silo picks its calls up intact.
/// Changed only by the campaign grain that placed it (one turn at a time).
/// </summary>
public sealed class LiveCall
{
    public required long AttemptId { get; init; }
    public required long CampaignId { get; init; }
    public required long EntryId { get; init; }
    public required int AttemptNumber { get; init; }
    public required long SubscriberId { get; init; }
    public required string Phone { get; init; }
    public required DateTimeOffset PlacedAt { get; init; }

    /// <summary>This entry's earlier results ("outcome|class|connect"), for the retry count per cause.</summary>
    public IReadOnlyList<string> PastResults { get; init; } = [];

    /// <summary>The subscriber's language, which routing prefers in an agent's skills.</summary>
    public string? Language { get; init; }

    /// <summary>Preview mode: the agent who called; a live answer goes to this agent only.</summary>
    public int? PreviewAgentId { get; init; }

    public string? CallId { get; set; }
    public LiveCallPhase Phase { get; set; } = LiveCallPhase.Dialling;
    public DateTimeOffset? AnsweredAt { get; set; }
    public AnswerClass? Class { get; set; }

    /// <summary>When the greeting ended (the human-answer event): the connect limit runs from here.</summary>
    public DateTimeOffset? GreetingEndedAt { get; set; }

    public DateTimeOffset? ConnectBy { get; set; }
    public ConnectResult? ConnectResult { get; set; }
    public int? AgentId { get; set; }

    /// <summary>The live answer found no agent ready when its greeting ended (it waited, or was abandoned).</summary>
    public bool WaitedForAgent { get; set; }
}
