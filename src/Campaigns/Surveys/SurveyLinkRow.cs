namespace Outreach.Campaigns.Surveys;

/// <summary>A self-service link as stored (the token itself is never stored, only its hash).</summary>
public sealed record SurveyLinkRow
{
    public required byte[] TokenHash { get; init; }
    public required string SurveyId { get; init; }
    public int Version { get; init; }
    public long SubscriberId { get; init; }
    public long? CampaignId { get; init; }
    public Guid? SessionId { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? UsedAt { get; init; }
}
