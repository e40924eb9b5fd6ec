namespace Outreach.Web.Surveys;

/// <summary>One reason a survey command was refused: the field (a JSON path, a step id or "survey") and a message.</summary>
public sealed record SurveyProblem(string Field, string Message);
