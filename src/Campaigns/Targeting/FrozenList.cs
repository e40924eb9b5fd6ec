namespace Outreach.Campaigns.Targeting;

/// <summary>A contact list frozen from a segment: its id and how many subscribers it holds.</summary>
public sealed record FrozenList(long ListId, long Size);
