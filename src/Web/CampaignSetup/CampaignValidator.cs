using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;
using Outreach.Telephony;

namespace Outreach.Web.CampaignSetup;

/// <summary>
/// The campaign rules (C1, C2, C4, D5), pure: every problem of a form as a field, its wizard step and a message.
/// A draft may leave things blank; <c>complete</c> (a step's Next, and Schedule) makes them required.
/// </summary>
public static class CampaignValidator
{
    public const int MaxNameLength = 200;
    public const int MaxGoalLength = 1000;
    public const int MaxSmsLength = 612;
    public const decimal MaxAbandonRate = 0.03m;

    public static readonly IReadOnlyList<string> Channels =
        [CampaignChannel.AgentCall, CampaignChannel.VoiceMessage, CampaignChannel.Sms, CampaignChannel.Email];

    public static readonly IReadOnlyList<string> AgentModes = ["preview", "progressive", "power", "predictive"];

    public static readonly IReadOnlyList<string> Jurisdictions = ["us", "uk"];

    public static IReadOnlyList<FieldError> Validate(CampaignForm form, ValidationFacts facts, bool complete)
    {
        var errors = new List<FieldError>();
        Basics(form, facts, complete, errors);
        TargetList(form, facts, complete, errors);
        Survey(form, facts, errors);
        Dialling(form, complete, errors);
        CampaignSchedule.Check(form, facts, complete, errors);
        Messages(form, complete, errors);
        return errors;
    }

    /// <summary>The problems of one step, everything on it required: what the wizard's Next button checks.</summary>
    public static IReadOnlyList<FieldError> ValidateStep(CampaignForm form, ValidationFacts facts, WizardStep step) =>
        Validate(form, facts, complete: true).Where(e => e.Step == step).ToList();

    /// <summary>The jurisdiction preset of a form ("us" or "uk").</summary>
    public static JurisdictionProfile Profile(string? jurisdiction) =>
        jurisdiction == "uk" ? JurisdictionProfile.UnitedKingdom : JurisdictionProfile.UnitedStates;

    private static void Basics(CampaignForm f, ValidationFacts facts, bool complete, List<FieldError> e)
    {
        const WizardStep s = WizardStep.Basics;
        if (string.IsNullOrWhiteSpace(f.Name)) e.Add(new("name", s, "Give the campaign a name."));
        else if (f.Name.Trim().Length > MaxNameLength) e.Add(new("name", s, $"The name is limited to {MaxNameLength} characters."));
        if (complete && string.IsNullOrWhiteSpace(f.Goal)) e.Add(new("goal", s, "Say what the campaign is for."));
        else if (f.Goal.Length > MaxGoalLength) e.Add(new("goal", s, $"The goal is limited to {MaxGoalLength} characters."));
        if (!Channels.Contains(f.Channel)) e.Add(new("channel", s, $"Choose a channel: {string.Join(", ", Channels)}."));
        if (f.DepartmentId is not { } department) e.Add(new("departmentId", s, "Choose the department that owns the campaign."));
        else if (facts.Departments is { } allowed && !allowed.Contains(department))
            e.Add(new("departmentId", s, "A campaign belongs to your own department (an administrator may choose any existing one)."));
    }

    private static void TargetList(CampaignForm f, ValidationFacts facts, bool complete, List<FieldError> e)
    {
        const WizardStep s = WizardStep.TargetList;
        if (f.SegmentId is null && complete) e.Add(new("segmentId", s, "Choose the saved segment to target."));
        else if (f.SegmentId is { } id && !facts.SegmentExists) e.Add(new("segmentId", s, $"There is no segment {id}."));
        if (f.RecentContactDays is < 0 or > 365) e.Add(new("recentContactDays", s, "Recent contact is counted over 0 to 365 days."));
        if (f.ContactPriority is < 0 or > 100) e.Add(new("contactPriority", s, "The priority is a number from 0 to 100."));
        if (!complete) return;
        if (facts.ListSize is null) e.Add(new("contactList", s, "Freeze the targeting list into the campaign's contact list."));
        else if (facts.ListSize == 0) e.Add(new("contactList", s, "The contact list is empty: choose a wider segment or fewer exclusions."));
    }

    private static void Survey(CampaignForm f, ValidationFacts facts, List<FieldError> e)
    {
        const WizardStep s = WizardStep.Survey;
        if (string.IsNullOrWhiteSpace(f.SurveyId)) return;
        if (facts.PublishedVersions is not { } published) e.Add(new("surveyId", s, $"There is no survey '{f.SurveyId}'."));
        else if (f.SurveyVersion is not { } v) e.Add(new("surveyVersion", s, "Choose the published version the campaign uses."));
        else if (!published.Contains(v)) e.Add(new("surveyVersion", s, $"Version {v} of '{f.SurveyId}' is not published; a campaign pins a published version."));
    }

    private static void Dialling(CampaignForm f, bool complete, List<FieldError> e)
    {
        const WizardStep s = WizardStep.Dialling;
        if (f.Channel == CampaignChannel.AgentCall && !AgentModes.Contains(f.DialingMode))
            e.Add(new("dialingMode", s, $"Agent calls are dialled in {string.Join(", ", AgentModes)} mode."));
        else if (f.Channel != CampaignChannel.AgentCall && Channels.Contains(f.Channel) && f.DialingMode != "agentless")
            e.Add(new("dialingMode", s, "Messages without agents are sent agentless."));
        if (f.TargetAbandonRate is <= 0 or > MaxAbandonRate)
            e.Add(new("targetAbandonRate", s, "The abandon target must be above 0% and at most 3%."));
        if (f.DialingMode == "predictive" && f.TargetWaitRate is <= 0 or > 0.5m)
            e.Add(new("targetWaitRate", s, "The share of answers that may wait for an agent must be above 0% and at most 50%, or left empty."));
        if (f.DialingMode == "power" && f.PowerRatio is < 1 or > 5)
            e.Add(new("powerRatio", s, "Power mode places 1 to 5 lines per ready agent."));
        if (!f.IsVoice) return;
        if (string.IsNullOrWhiteSpace(f.CallerId)) { if (complete) e.Add(new("callerId", s, "Calls need a caller id.")); }
        else if (!E164.IsValid(f.CallerId.Trim())) e.Add(new("callerId", s, "The caller id must be an E.164 number such as +12125550100."));
    }

    private static void Messages(CampaignForm f, bool complete, List<FieldError> e)
    {
        const WizardStep s = WizardStep.Messages;
        var needsOne = f.Channel is CampaignChannel.Sms or CampaignChannel.Email or CampaignChannel.VoiceMessage;
        if (complete && needsOne && !f.Templates.Any(t => t.Channel == f.TemplateChannel && !string.IsNullOrWhiteSpace(t.Body)))
            e.Add(new("templates", s, "Write the message the subscribers will get."));
        for (var i = 0; i < f.Templates.Count; i++)
        {
            var t = f.Templates[i];
            var at = $"templates[{i}]";
            if (t.Channel is not ("sms" or "email" or "voice")) e.Add(new($"{at}.channel", s, "A template is for sms, email or voice."));
            if (MessageFields.Unknown(t.Body) is { Count: > 0 } unknown)
                e.Add(new($"{at}.body", s, $"Unknown field {string.Join(", ", unknown.Select(u => "{" + u + "}"))}; use {string.Join(", ", MessageFields.Names.Select(n => "{" + n + "}"))}."));
            if (t.Channel == "sms" && t.Body.Length > MaxSmsLength) e.Add(new($"{at}.body", s, $"An SMS is limited to {MaxSmsLength} characters."));
            if (t.Channel == "email" && !string.IsNullOrWhiteSpace(t.Body) && string.IsNullOrWhiteSpace(t.Subject))
                e.Add(new($"{at}.subject", s, "An e-mail needs a subject."));
        }
    }
}
