namespace Outreach.Dialer.Routing;

/// <summary>
/// A live answer waiting for an agent until <paramref name="ConnectBy"/>; <paramref name="Skill"/> (the subscriber's
/// language) goes to an agent who has it first, when one is free.
/// </summary>
public sealed record WaitingCall(string CallId, long CampaignId, DateTimeOffset GreetingEndedAt, DateTimeOffset ConnectBy, string? Skill = null);
