using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Targeting;
using Outreach.Web.Targeting;

namespace Outreach.Web.CampaignSetup;

/// <summary>
/// T5 for a campaign: a saved segment minus DNC, opt-outs and recent contacts, ordered by propensity or one
/// priority — sized and previewed live, then frozen into the draft's contact list (audited).
/// </summary>
public sealed class CampaignTargeting(SegmentRepository segments, SegmentService compiler, TargetingListRepository targeting, AuditLog audit)
{
    public Task<IReadOnlyList<SavedSegment>> SegmentsAsync(CancellationToken ct) => segments.ListAsync(ct);

    /// <summary>The campaign types with stored scores; empty means no propensity model has scored the base yet.</summary>
    public Task<IReadOnlyList<ScoreType>> ScoreTypesAsync(CancellationToken ct) => targeting.ScoreTypesAsync(ct);

    public async Task<TargetingPreview> PreviewAsync(long campaignId, long segmentId, ListOrder order, CancellationToken ct)
    {
        var (query, errors) = await CompileAsync(segmentId, order, ct);
        if (query is null) return TargetingPreview.Invalid(errors);
        var count = await targeting.CountAsync(campaignId, query, order.RecentContactDays, ct);
        return new TargetingPreview(count, await targeting.PreviewAsync(campaignId, query, order, ct), []);
    }

    /// <summary>Freezes the list into the draft's contact list, replacing an earlier one; the list, or why not.</summary>
    public async Task<(FrozenList? List, string? Error)> FreezeAsync(long campaignId, long segmentId, ListOrder order, string actor, CancellationToken ct)
    {
        var (query, errors) = await CompileAsync(segmentId, order, ct);
        if (query is null) return (null, string.Join(" ", errors));
        var name = (await segments.GetAsync(segmentId, ct))!.Name;
        if (await targeting.FreezeAsync(campaignId, name, query, order, ct) is not { } frozen)
            return (null, "Only a draft campaign's contact list can be rebuilt.");
        await audit.RecordAsync(actor, "campaign.freeze_list", "campaign", campaignId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { segmentId, order.RecentContactDays, order.PropensityType, order.Priority, frozen.Size }, ct);
        return (frozen, null);
    }

    /// <summary>Problems with the ordering and exclusions, in words; empty when they are fine.</summary>
    public static IReadOnlyList<string> Problems(ListOrder order) =>
    [
        .. order.RecentContactDays is < 0 or > 365 ? ["Recent contact is counted over 0 to 365 days."] : Array.Empty<string>(),
        .. order.Priority is < 0 or > 100 ? ["The priority is a number from 0 to 100."] : Array.Empty<string>(),
    ];

    private async Task<(SegmentQuery? Query, IReadOnlyList<string> Errors)> CompileAsync(long segmentId, ListOrder order, CancellationToken ct)
    {
        if (Problems(order) is { Count: > 0 } problems) return (null, problems);
        if (await segments.GetAsync(segmentId, ct) is not { } segment) return (null, [$"There is no segment {segmentId}."]);
        if (SegmentService.Parse(segment.Rule) is not { } rule) return (null, [$"Segment “{segment.Name}” cannot be read."]);
        return compiler.Compile(rule);
    }
}
