namespace Outreach.Campaigns.Surveys;

/// <summary>An answer as stored: the step, its canonical value and when it was given.</summary>
public sealed record StoredAnswer
{
    public Guid SessionId { get; init; }
    public required string SurveyId { get; init; }
    public int Version { get; init; }
    public required string StepId { get; init; }
    public required string Value { get; init; }
    public DateTime AnsweredAt { get; init; }
}
