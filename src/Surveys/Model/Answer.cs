namespace Outreach.Surveys.Model;

/// <summary>An answer as recorded: which survey version and step it answers, the value, and when it was given.</summary>
public sealed record Answer(string SurveyId, int Version, string StepId, AnswerValue Value, DateTimeOffset AnsweredAt);
