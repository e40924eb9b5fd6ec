namespace Outreach.Web.Surveys;

/// <summary>What came of importing, saving or publishing a survey: the version written, or the problems.</summary>
public sealed record SurveyOutcome(string? SurveyId, int? Version, IReadOnlyList<SurveyProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    public static SurveyOutcome Done(string surveyId, int version) => new(surveyId, version, []);

    public static SurveyOutcome Refused(string field, string message) => new(null, null, [new SurveyProblem(field, message)]);
}
