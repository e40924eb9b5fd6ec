namespace Outreach.Surveys.Runtime;

/// <summary>The survey was stopped before an end step; the answers recorded so far stay.</summary>
public sealed record SurveyCancelled(string SurveyId, int Version, string AtStepId, DateTimeOffset At) : SurveyEvent;
