using System.Text.Json.Serialization;
using Outreach.Campaigns.Dialling;

namespace Outreach.Web.CampaignSetup;

/// <summary>
/// Everything the wizard edits (C1, C2, C4), as one plain object: the page binds to it, the API reads it as JSON
/// and <see cref="CampaignValidator"/> checks it. Columns of <c>campaigns</c> and fields of <see cref="CampaignSettings"/> in one place.
/// </summary>
public sealed class CampaignForm
{
    public string Name { get; set; } = "";
    public string Goal { get; set; } = "";
    public string Channel { get; set; } = CampaignChannel.AgentCall;
    public int? DepartmentId { get; set; }

    public long? SegmentId { get; set; }
    public int RecentContactDays { get; set; } = 30;
    public string? PropensityType { get; set; }
    public int ContactPriority { get; set; } = 50;

    public string? SurveyId { get; set; }
    public int? SurveyVersion { get; set; }

    public string DialingMode { get; set; } = "predictive";
    public decimal TargetAbandonRate { get; set; } = 0.03m;
    public double PowerRatio { get; set; } = 2.0;
    /// <summary>Optional predictive service goal: the share of live answers that may wait for an agent (null = none).</summary>
    public decimal? TargetWaitRate { get; set; }
    public string? CallerId { get; set; }

    public DateTimeOffset? ScheduledStart { get; set; }
    public DateTimeOffset? ScheduledEnd { get; set; }
    /// <summary>IANA zone the start and end are typed and shown in; they are instants either way.</summary>
    public string ScheduleTimeZone { get; set; } = WizardTimes.Utc;
    public TimeOnly CallingHoursFrom { get; set; } = new(9, 0);
    public TimeOnly CallingHoursTo { get; set; } = new(20, 0);
    public string Jurisdiction { get; set; } = "us";
    public List<RetryRuleForm> RetryRules { get; set; } = RetryDefaults.Rules();
    public int MaxAttemptsPerContact { get; set; } = 6;

    public List<TemplateForm> Templates { get; set; } = [];

    /// <summary>The step the marketer last completed; a reloaded draft opens at the next one.</summary>
    public int WizardStep { get; set; }

    /// <summary>True for the channels that place calls (caller id required, dialling mode applies).</summary>
    [JsonIgnore]
    public bool IsVoice => Channel is CampaignChannel.AgentCall or CampaignChannel.VoiceMessage;

    /// <summary>The template channel this campaign's messages use: its own channel, or "voice" for calls (the message left on machines).</summary>
    [JsonIgnore]
    public string TemplateChannel => Channel switch
    {
        CampaignChannel.Sms => "sms",
        CampaignChannel.Email => "email",
        _ => "voice",
    };

    public Campaign ToCampaign(long id) => new()
    {
        Id = id, Name = Name.Trim(), Goal = Goal.Trim(), Channel = Channel, DepartmentId = DepartmentId ?? 0,
        DialingMode = DialingMode, TargetAbandonRate = TargetAbandonRate, CallerId = string.IsNullOrWhiteSpace(CallerId) ? null : CallerId.Trim(),
        CallingHoursFrom = CallingHoursFrom, CallingHoursTo = CallingHoursTo, ScheduledStart = ScheduledStart?.UtcDateTime,
        SurveyId = string.IsNullOrWhiteSpace(SurveyId) ? null : SurveyId, SurveyVersion = string.IsNullOrWhiteSpace(SurveyId) ? null : SurveyVersion,
    };

    /// <summary>The stored settings with the wizard's fields replaced; fields the wizard does not show keep their values.</summary>
    public CampaignSettings ToSettings(CampaignSettings stored) => stored with
    {
        PowerRatio = PowerRatio, TargetWaitRate = DialingMode == "predictive" ? (double?)TargetWaitRate : null,
        Jurisdiction = Jurisdiction, ScheduledEnd = ScheduledEnd, ScheduleTimeZone = (ScheduleTimeZone ?? WizardTimes.Utc).Trim(),
        RetryRules = RetryRules.Select(r => r.ToSetting()).ToList(), MaxAttemptsPerContact = MaxAttemptsPerContact,
        MessageTemplates = Templates.Where(t => !string.IsNullOrWhiteSpace(t.Body)).Select(t => t.ToSetting()).ToList(), SegmentId = SegmentId,
        PropensityType = string.IsNullOrWhiteSpace(PropensityType) ? null : PropensityType, RecentContactDays = RecentContactDays,
        ContactPriority = ContactPriority, WizardStep = WizardStep,
    };

    public static CampaignForm From(Campaign c, CampaignSettings s) => new()
    {
        Name = c.Name, Goal = c.Goal, Channel = c.Channel, DepartmentId = c.DepartmentId, DialingMode = c.DialingMode,
        TargetAbandonRate = c.TargetAbandonRate, CallerId = c.CallerId, CallingHoursFrom = c.CallingHoursFrom, CallingHoursTo = c.CallingHoursTo,
        ScheduledStart = c.ScheduledStart is { } start ? new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc)) : null,
        SurveyId = c.SurveyId, SurveyVersion = c.SurveyVersion,
        PowerRatio = s.PowerRatio, TargetWaitRate = (decimal?)s.TargetWaitRate, Jurisdiction = s.Jurisdiction, ScheduledEnd = s.ScheduledEnd,
        ScheduleTimeZone = s.ScheduleTimeZone,
        RetryRules = s.RetryRules.Count == 0 ? RetryDefaults.Rules() : s.RetryRules.Select(RetryRuleForm.From).ToList(),
        MaxAttemptsPerContact = s.MaxAttemptsPerContact, Templates = s.MessageTemplates.Select(TemplateForm.From).ToList(),
        SegmentId = s.SegmentId, PropensityType = s.PropensityType, RecentContactDays = s.RecentContactDays,
        ContactPriority = s.ContactPriority, WizardStep = s.WizardStep,
    };
}
