using Outreach.Campaigns.Targeting;

namespace Outreach.Web.CampaignSetup;

/// <summary>What the targeting list step shows: the list's size, its first rows in dialling order, or why it cannot be built.</summary>
public sealed record TargetingPreview(long Count, IReadOnlyList<ListPreviewRow> Rows, IReadOnlyList<string> Errors)
{
    public static TargetingPreview Invalid(IReadOnlyList<string> errors) => new(0, [], errors);
}
