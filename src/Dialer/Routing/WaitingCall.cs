namespace Outreach.Dialer.Routing;

/// <summary>A live answer waiting for an agent until <paramref name="ConnectBy"/>.</summary>
public sealed record WaitingCall(string CallId, long CampaignId, DateTimeOffset GreetingEndedAt, DateTimeOffset ConnectBy);
