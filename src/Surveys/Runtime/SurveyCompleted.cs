namespace Outreach.Surveys.Runtime;

/// <summary>The survey was finished at an end step.</summary>
public sealed record SurveyCompleted(string SurveyId, int Version, string EndStepId, DateTimeOffset At) : SurveyEvent;
