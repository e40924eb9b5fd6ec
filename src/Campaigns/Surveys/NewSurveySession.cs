namespace Outreach.Campaigns.Surveys;

/// <summary>What is known when a walk through a survey starts; an agent's walk names the call attempt it is for.</summary>
public sealed record NewSurveySession(Guid Id, string SurveyId, int Version, long? SubscriberId, long? CampaignId,
    string Channel, DateTimeOffset StartedAt, long? AttemptId = null);
