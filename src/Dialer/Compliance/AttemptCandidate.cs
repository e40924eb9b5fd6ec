namespace Outreach.Dialer.Compliance;

/// <summary>An attempt the campaign would like to dial, with the subscriber's recent attempts (all campaigns).</summary>
public sealed record AttemptCandidate
{
    public required long CampaignId { get; init; }
    public required long SubscriberId { get; init; }
    public required string Phone { get; init; }

    /// <summary>IANA zone of the subscriber, e.g. Europe/London.</summary>
    public required string TimeZoneId { get; init; }

    public string? CallerId { get; init; }

    /// <summary>An agent is already set aside for this call (preview, callback): lifts the abandoned-redial block.</summary>
    public bool AgentReserved { get; init; }

    public IReadOnlyList<PastAttempt> History { get; init; } = [];
}
