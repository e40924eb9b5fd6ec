namespace Outreach.Web.CampaignSetup;

/// <summary>What a new campaign starts with in the wizard (section "Campaigns").</summary>
public sealed class CampaignDefaultsOptions
{
    public const string Section = "Campaigns";

    /// <summary>IANA zone a new campaign's schedule is typed in: the operator's own clock, UTC unless set.</summary>
    public string ScheduleTimeZone { get; set; } = WizardTimes.Utc;
}
