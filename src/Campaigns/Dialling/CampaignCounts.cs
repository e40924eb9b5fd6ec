namespace Outreach.Campaigns.Dialling;

/// <summary>A campaign's attempt counts as stored, for its board after a restart.</summary>
public sealed record CampaignCounts(long Placed, long HumanAnswers, long Machines, long Connected, long Abandoned);
