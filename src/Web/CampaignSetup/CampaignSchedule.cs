namespace Outreach.Web.CampaignSetup;

/// <summary>The schedule step's rules: start and end, calling hours inside the jurisdiction's window, retry rules.</summary>
internal static class CampaignSchedule
{
    public const int MaxDelayMinutes = 30 * 24 * 60;
    public const int MaxRetries = 10;
    public const int MaxAttemptsPerContact = 20;

    public static void Check(CampaignForm f, ValidationFacts facts, bool complete, List<FieldError> e)
    {
        const WizardStep s = WizardStep.Schedule;
        if (f.ScheduledStart is not { } start) { if (complete) e.Add(new("scheduledStart", s, "Choose when dialling starts.")); }
        else if (complete && start <= facts.Now) e.Add(new("scheduledStart", s, "The start must be in the future."));
        if (f.ScheduledEnd is { } end && f.ScheduledStart is { } from && end <= from)
            e.Add(new("scheduledEnd", s, "The end must come after the start."));
        if (string.IsNullOrWhiteSpace(f.ScheduleTimeZone)) e.Add(new("scheduleTimeZone", s, "Choose the time zone the schedule is in."));
        else if (WizardTimes.FindZone(f.ScheduleTimeZone) is null)
            e.Add(new("scheduleTimeZone", s, $"'{f.ScheduleTimeZone}' is not a time zone; use an IANA name such as Europe/London or UTC."));
        if (!CampaignValidator.Jurisdictions.Contains(f.Jurisdiction)) e.Add(new("jurisdiction", s, "Choose the US or UK rules."));
        Hours(f, e);
        Retries(f, e);
        if (f.MaxAttemptsPerContact is < 1 or > MaxAttemptsPerContact)
            e.Add(new("maxAttemptsPerContact", s, $"Attempts per contact are 1 to {MaxAttemptsPerContact}."));
    }

    private static void Hours(CampaignForm f, List<FieldError> e)
    {
        var window = CampaignValidator.Profile(f.Jurisdiction).CallingHours;
        if (f.CallingHoursFrom >= f.CallingHoursTo)
            e.Add(new("callingHoursTo", WizardStep.Schedule, "Calling hours must end after they start."));
        else if (f.CallingHoursFrom < window.From || f.CallingHoursTo > window.To)
            e.Add(new("callingHoursFrom", WizardStep.Schedule,
                $"Calling hours must lie within {window.From:HH\\:mm}–{window.To:HH\\:mm}, the subscriber's local time under the {f.Jurisdiction.ToUpperInvariant()} rules."));
    }

    private static void Retries(CampaignForm f, List<FieldError> e)
    {
        var seen = new HashSet<string>();
        for (var i = 0; i < f.RetryRules.Count; i++)
        {
            var r = f.RetryRules[i];
            var at = $"retryRules[{i}]";
            if (!RetryDefaults.Causes.Any(c => c.Cause == r.Cause))
                e.Add(new($"{at}.cause", WizardStep.Schedule, $"'{r.Cause}' is not a retry cause; use {string.Join(", ", RetryDefaults.Causes.Select(c => c.Cause))}."));
            else if (!seen.Add(r.Cause)) e.Add(new($"{at}.cause", WizardStep.Schedule, $"'{r.Cause}' has two rules."));
            if (r.DelayMinutes is < 1 or > MaxDelayMinutes)
                e.Add(new($"{at}.delayMinutes", WizardStep.Schedule, $"The delay is 1 minute to 30 days ({MaxDelayMinutes} minutes)."));
            else if (r.Cause == "abandoned" && r.MaxRetries > 0 && CampaignValidator.Profile(f.Jurisdiction).AbandonedRedialBlock is { } block
                     && r.DelayMinutes < block.TotalMinutes)
                e.Add(new($"{at}.delayMinutes", WizardStep.Schedule, $"These rules forbid calling an abandoned number again within {block.TotalHours:0} hours."));
            if (r.MaxRetries is < 0 or > MaxRetries) e.Add(new($"{at}.maxRetries", WizardStep.Schedule, $"Retries are 0 to {MaxRetries}."));
        }
    }
}
