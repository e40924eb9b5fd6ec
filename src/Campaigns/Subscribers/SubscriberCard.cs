namespace Outreach.Campaigns.Subscribers;

/// <summary>Everything the card of S1 shows: identity, usage, do-not-call state and contact history.</summary>
public sealed record SubscriberCard(Subscriber Subscriber, SubscriberFacts? Facts, bool OnGlobalDnc,
    IReadOnlyList<ContactHistoryItem> History);
