namespace Outreach.Campaigns.Subscribers;

/// <summary>Everything the card of S1 shows: identity, usage, do-not-call state, contact history and survey answers.</summary>
public sealed record SubscriberCard(Subscriber Subscriber, SubscriberFacts? Facts, bool OnGlobalDnc,
    IReadOnlyList<ContactHistoryItem> History, IReadOnlyList<SurveyAnswerItem> SurveyAnswers);
