namespace Outreach.Campaigns.Targeting;

/// <summary>A named rule segment; <see cref="Rule"/> is the rule tree as JSON.</summary>
public sealed record SavedSegment
{
    public required long Id { get; init; }
    public required string Name { get; init; }
    public required string Rule { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTime CreatedAt { get; init; }
}
