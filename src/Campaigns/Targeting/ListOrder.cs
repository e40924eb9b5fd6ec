namespace Outreach.Campaigns.Targeting;

/// <summary>
/// How a targeting list is ordered and who is left off: by the propensity scores of a campaign type (unscored
/// subscribers last), or one fixed priority for every entry; and how many days a past attempt keeps a subscriber off.
/// </summary>
public sealed record ListOrder(int RecentContactDays, string? PropensityType = null, int Priority = 0)
{
    public bool ByPropensity => !string.IsNullOrWhiteSpace(PropensityType);

    /// <summary>An entry's priority from a score: 1..10001 for scored subscribers, 0 for unscored, so they come last.</summary>
    public const string ScorePriority = "coalesce(1 + round(ps.score * 10000)::int, 0)";
}
