namespace Outreach.Campaigns.Dialling;

/// <summary>
/// One attempt of a campaign as its compliance report reads it: who, which number in which zone, when, under which
/// caller id, whether the live answer was abandoned and whether the number was on a do-not-call list at the time.
/// </summary>
public sealed record ReportedAttemptRow
{
    public long SubscriberId { get; init; }
    public string Phone { get; init; } = "";
    public string TimeZone { get; init; } = "";
    public DateTime PlacedAt { get; init; }
    public string? CallerId { get; init; }
    public bool Abandoned { get; init; }
    public bool OnDoNotCall { get; init; }
}
