namespace Outreach.Campaigns.Surveys;

/// <summary>Which walks the results count: a survey, optionally one version, one campaign and a period of starts.</summary>
public sealed record ResultsFilter(string SurveyId, int? Version = null, long? CampaignId = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null);
