namespace Outreach.Campaigns.Surveys;

/// <summary>One stored version of a survey: its JSON text, and whether it is the draft or published.</summary>
public sealed record SurveyVersionRow
{
    public required string SurveyId { get; init; }
    public int Version { get; init; }
    public required string Status { get; init; }
    public required string Json { get; init; }
    public int? BasedOn { get; init; }
    public DateTime UpdatedAt { get; init; }
    public DateTime? PublishedAt { get; init; }

    public bool IsDraft => Status == SurveyRepository.Draft;
}
