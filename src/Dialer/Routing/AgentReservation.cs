namespace Outreach.Dialer.Routing;

/// <summary>An agent set aside for a waiting call: bridge it, then confirm or release.</summary>
public sealed record AgentReservation(string CallId, long CampaignId, int AgentId);
