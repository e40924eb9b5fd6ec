namespace Outreach.Telephony;

/// <summary>One call to place: the attempt row it belongs to, the E.164 number, the caller id shown and the campaign.</summary>
public sealed record CallRequest(long AttemptId, string To, string CallerId, long CampaignId);
