namespace Outreach.Web.Engine;

/// <summary>A manager's "move this agent to that campaign" from the dashboard (M3).</summary>
public sealed record AgentMove(int AgentId, long CampaignId);
