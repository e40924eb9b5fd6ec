namespace Outreach.Dialer.Compliance;

/// <summary>One placed attempt as the compliance report sees it.</summary>
public sealed record ReportedAttempt
{
    public required long SubscriberId { get; init; }
    public required string Phone { get; init; }
    public required string TimeZoneId { get; init; }
    public required DateTimeOffset PlacedAt { get; init; }
    public string? CallerId { get; init; }
    public bool Abandoned { get; init; }
    public bool AgentReserved { get; init; }

    /// <summary>The number was on a do-not-call list when it was dialled.</summary>
    public bool OnDoNotCall { get; init; }
}
