namespace Outreach.Campaigns.Targeting;

/// <summary>
/// A compiled segment as the database sees it: trusted FROM and WHERE text (from the rule compiler, never
/// from input) and the parameter values that carry every user-typed value.
/// </summary>
public sealed record SegmentQuery(string From, string Where, IReadOnlyList<(string Name, object Value)> Parameters);
