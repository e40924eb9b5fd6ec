namespace Outreach.Dialer.Routing;

/// <summary>An agent serves a campaign with a priority; when calls of two campaigns wait, the higher number wins the agent.</summary>
public sealed record CampaignAssignment(long CampaignId, int Priority = 0);
