namespace Outreach.Campaigns.Surveys;

/// <summary>A stored walk through a survey: who, which version, through which channel, and how it ended.</summary>
public sealed record SurveySessionRow
{
    public Guid Id { get; init; }
    public required string SurveyId { get; init; }
    public int Version { get; init; }
    public long? SubscriberId { get; init; }
    public long? CampaignId { get; init; }
    public long? AttemptId { get; init; }
    public required string Channel { get; init; }
    public required string Status { get; init; }
    public DateTime StartedAt { get; init; }
    public DateTime? FinishedAt { get; init; }
}
