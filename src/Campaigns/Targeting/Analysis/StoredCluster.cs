namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>A segment of a clustering run as stored: number (1 = largest), size, share, description, traits as JSON.</summary>
public sealed record StoredCluster
{
    public required int Cluster { get; init; }
    public required int Size { get; init; }
    public required float Share { get; init; }
    public required string Description { get; init; }
    public string Traits { get; init; } = "[]";
}
