namespace Outreach.Campaigns.Dialling;

/// <summary>A campaign's contact list: its name, when it was frozen and how many entries it holds.</summary>
public sealed record ContactListSummary
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public DateTime? FrozenAt { get; init; }
    public long Size { get; init; }
}
