namespace Outreach.Web.Targeting.Analysis;

/// <summary>
/// What a propensity run learns from and scores for: the outcomes of one past campaign (or all when null),
/// stored as scores of <see cref="CampaignType"/> ("upsell", "retention", …).
/// </summary>
public sealed record PropensityRequest(string CampaignType, long? CampaignId)
{
    public const int MaxTypeLength = 40;

    /// <summary>Why the request cannot run, or null.</summary>
    public string? Problem() =>
        string.IsNullOrWhiteSpace(CampaignType) ? "Name the campaign type the scores are for (for example upsell)."
        : CampaignType.Trim().Length > MaxTypeLength ? $"A campaign type has at most {MaxTypeLength} characters."
        : null;
}
