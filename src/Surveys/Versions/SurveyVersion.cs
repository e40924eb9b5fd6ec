using Outreach.Surveys.Model;

namespace Outreach.Surveys.Versions;

/// <summary>A published, immutable version of a survey; campaigns pin one and answers record its number.</summary>
public sealed record SurveyVersion(string SurveyId, int Number, Survey Content, DateTimeOffset PublishedAt);
