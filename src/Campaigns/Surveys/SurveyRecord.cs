namespace Outreach.Campaigns.Surveys;

/// <summary>A survey in the list: its id, title and where its versions stand.</summary>
public sealed record SurveyRecord
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime CreatedAt { get; init; }
    public int? LatestPublished { get; init; }
    public int? DraftVersion { get; init; }
}
