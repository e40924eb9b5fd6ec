using Outreach.Campaigns.Subscribers;

namespace Outreach.Campaigns.Demo;

/// <summary>A generated subscriber and its usage facts (prospects have no facts).</summary>
public sealed record DemoSubscriber(Subscriber Subscriber, SubscriberFacts? Facts);
