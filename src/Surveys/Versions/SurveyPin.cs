namespace Outreach.Surveys.Versions;

/// <summary>A campaign's reference to the published survey version it runs.</summary>
public sealed record SurveyPin(string SurveyId, int Version);
