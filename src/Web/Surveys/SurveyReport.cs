namespace Outreach.Web.Surveys;

/// <summary>Results of a survey for a filter: per question counts and per path completion and drop-off.</summary>
public sealed record SurveyReport(string SurveyId, string Title, IReadOnlyList<QuestionResult> Questions, IReadOnlyList<PathResult> Paths)
{
    public long Walks => Paths.Sum(p => p.Total);

    public long Completed => Paths.Sum(p => p.Completed);
}
