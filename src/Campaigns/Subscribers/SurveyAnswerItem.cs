namespace Outreach.Campaigns.Subscribers;

/// <summary>One survey answer on the subscriber card: the survey, the step and the value as stored.</summary>
public sealed record SurveyAnswerItem(string SurveyTitle, int Version, string StepId, string Value, DateTime AnsweredAt);
