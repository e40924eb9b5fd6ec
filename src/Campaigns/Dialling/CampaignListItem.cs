namespace Outreach.Campaigns.Dialling;

/// <summary>One row of the campaigns list: what it is, where it stands and how many contacts its list holds.</summary>
public sealed record CampaignListItem
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public required string Channel { get; init; }
    public required string Status { get; init; }
    public int DepartmentId { get; init; }
    public required string DepartmentName { get; init; }
    public long ListSize { get; init; }
    public DateTime? ScheduledStart { get; init; }
    /// <summary>The zone the schedule is shown in (from the settings; UTC when none was chosen).</summary>
    public string ScheduleTimeZone { get; init; } = "UTC";
    public DateTime UpdatedAt { get; init; }
}
