namespace Outreach.Campaigns.Targeting;

/// <summary>One of the first subscribers of a targeting list, in dialling order, with their score when there is one.</summary>
public sealed record ListPreviewRow(long Id, string FirstName, string LastName, string Phone, float? Score);
