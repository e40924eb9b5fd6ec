namespace Outreach.Campaigns.Dialling;

/// <summary>One subscriber on a campaign's contact list.</summary>
public sealed record ContactListEntry(long Id, long ContactListId, long SubscriberId, string Phone, int Priority, string Status, int AttemptsMade);
