namespace Outreach.Campaigns.Surveys;

/// <summary>One answer in force with its walk, for CSV and Excel exports.</summary>
public sealed record AnswerExportRow
{
    public Guid SessionId { get; init; }
    public int Version { get; init; }
    public long? SubscriberId { get; init; }
    public long? CampaignId { get; init; }
    public required string Channel { get; init; }
    public required string Status { get; init; }
    public required string StepId { get; init; }
    public required string Value { get; init; }
    public DateTime AnsweredAt { get; init; }
}
