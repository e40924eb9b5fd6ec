namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>A subscriber with a stored propensity score, for the top of a ranking.</summary>
public sealed record ScoredSubscriber(long Id, string FirstName, string LastName, string Phone, string? Tariff, float Score);
