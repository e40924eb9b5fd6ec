namespace Outreach.Campaigns.Subscribers;

/// <summary>One row of the subscribers list.</summary>
public sealed record SubscriberListItem(long Id, string FirstName, string LastName, string Phone, string? Email,
    string? Region, string? Tariff, decimal Balance, bool IsProspect);
