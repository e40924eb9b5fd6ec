namespace Outreach.Campaigns.Dialling;

/// <summary>A campaign as stored (C1); the engine and wizard issues add to it.</summary>
public sealed record Campaign
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public string Goal { get; init; } = "";
    public string Channel { get; init; } = CampaignChannel.AgentCall;
    public string Status { get; init; } = CampaignStatus.Draft;
    public required int DepartmentId { get; init; }
    public string DialingMode { get; init; } = "predictive";
    public decimal TargetAbandonRate { get; init; } = 0.03m;
    public string? CallerId { get; init; }
    public string CallGuide { get; init; } = "";
    public TimeOnly CallingHoursFrom { get; init; } = new(9, 0);
    public TimeOnly CallingHoursTo { get; init; } = new(21, 0);

    /// <summary>When dialling may start (UTC); set by the wizard, required to schedule.</summary>
    public DateTime? ScheduledStart { get; init; }

    /// <summary>The pinned survey and its published version (Q2), or null for none.</summary>
    public string? SurveyId { get; init; }

    public int? SurveyVersion { get; init; }
}
