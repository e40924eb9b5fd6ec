namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>A campaign with recorded outcomes, something a propensity model can learn from.</summary>
public sealed record OutcomeCampaign(long Id, string Name, long Outcomes, long Accepted);
