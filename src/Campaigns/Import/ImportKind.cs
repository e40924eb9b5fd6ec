namespace Outreach.Campaigns.Import;

/// <summary>What a file holds: subscribers themselves, or their behaviour facts keyed by external id or phone.</summary>
public enum ImportKind
{
    Subscribers,
    Facts,
}
