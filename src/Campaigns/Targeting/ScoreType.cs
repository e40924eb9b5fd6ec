namespace Outreach.Campaigns.Targeting;

/// <summary>A campaign type with stored propensity scores, and how many subscribers have one.</summary>
public sealed record ScoreType(string CampaignType, long Scored);
