using Outreach.Campaigns.Subscribers;

namespace Outreach.Web.Targeting;

/// <summary>What the builder shows for a rule: its size and a sample, or why the rule cannot run.</summary>
public sealed record SegmentPreview(long Count, IReadOnlyList<SubscriberListItem> Sample, IReadOnlyList<string> Errors)
{
    public static SegmentPreview Invalid(IReadOnlyList<string> errors) => new(0, [], errors);
}
