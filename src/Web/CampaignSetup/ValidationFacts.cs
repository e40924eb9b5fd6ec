namespace Outreach.Web.CampaignSetup;

/// <summary>
/// What the validator needs to know beyond the form, gathered by the service: the time now, the departments the
/// person may use (null = any), the published versions of the chosen survey (null = no such survey), whether the
/// chosen segment exists and the size of the frozen contact list (null = none frozen).
/// </summary>
public sealed record ValidationFacts(
    DateTimeOffset Now,
    IReadOnlyList<int>? Departments,
    IReadOnlySet<int>? PublishedVersions = null,
    bool SegmentExists = true,
    long? ListSize = null);
