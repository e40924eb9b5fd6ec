namespace Outreach.Campaigns.Dialling;

/// <summary>
/// A campaign's configuration beyond its columns, stored as JSON in <c>campaigns.settings</c>: written by the
/// campaign wizard (C1, C2, C4), read by the engine. Plain values only: the Dialer maps them to its
/// <c>RetryPolicy</c> and <c>JurisdictionProfile</c>. Missing fields keep these defaults, so old rows read fine.
/// </summary>
public sealed record CampaignSettings
{
    /// <summary>Lines per ready agent in power mode.</summary>
    public double PowerRatio { get; init; } = 2.0;

    /// <summary>A live answer not bridged to an agent within this many seconds of the greeting's end is abandoned.</summary>
    public int MaxWaitForAgentSeconds { get; init; } = 2;

    /// <summary>
    /// Optional service goal for predictive pacing: the highest share of live answers that may find no agent ready
    /// and wait (null = paced on the abandon target alone). A low goal trades calls per agent hour for no dead air.
    /// </summary>
    public double? TargetWaitRate { get; init; }

    /// <summary>How long a call may ring before it is given up as not answered (at least the profile's minimum).</summary>
    public int NoAnswerTimeoutSeconds { get; init; } = 25;

    /// <summary>"us" or "uk": the jurisdiction preset; the fields below override it when set.</summary>
    public string Jurisdiction { get; init; } = "us";

    public int? MaxAttemptsPerDay { get; init; }

    public int? MaxAttemptsPerWeek { get; init; }

    /// <summary>IANA time zone for subscribers with none of their own.</summary>
    public string DefaultTimeZone { get; init; } = "Europe/London";

    /// <summary>What happens when a machine answers: "hang_up" or "leave_message" (C1).</summary>
    public string MachineAction { get; init; } = "hang_up";

    /// <summary>The recorded message a machine hears when <see cref="MachineAction"/> is leave_message.</summary>
    public string MachineMessage { get; init; } = "";

    /// <summary>The message an abandoned live answer hears (names the caller and a number to call back).</summary>
    public string AbandonMessage { get; init; } = "Sorry we missed you. This was a call from your operator; we will call again.";

    /// <summary>Retry rules per cause (C4); an empty list keeps the engine's defaults.</summary>
    public IReadOnlyList<RetryRuleSetting> RetryRules { get; init; } = [];

    /// <summary>Attempts to one contact in this campaign, all causes together.</summary>
    public int MaxAttemptsPerContact { get; init; } = 6;

    /// <summary>SMS / e-mail / voice message texts with personal fields such as {first_name} (C1, C2).</summary>
    public IReadOnlyList<MessageTemplateSetting> MessageTemplates { get; init; } = [];

    /// <summary>The targeting list (saved segment) the contact list was frozen from, for the review page.</summary>
    public long? SegmentId { get; init; }

    /// <summary>When the campaign stops dialling on its own; null = when the contacts run out.</summary>
    public DateTimeOffset? ScheduledEnd { get; init; }

    /// <summary>IANA zone the schedule is typed and shown in (the start and end are stored as instants).</summary>
    public string ScheduleTimeZone { get; init; } = "UTC";

    /// <summary>The campaign type whose propensity scores order the contact list (T4/T5); null = one fixed priority for all.</summary>
    public string? PropensityType { get; init; }

    /// <summary>Subscribers with an attempt (any campaign) in this many days are left off the list.</summary>
    public int RecentContactDays { get; init; } = 30;

    /// <summary>The priority every entry gets when the list is not ordered by propensity (0–100).</summary>
    public int ContactPriority { get; init; } = 50;

    /// <summary>The wizard step the marketer last completed, so a reloaded draft opens where they were.</summary>
    public int WizardStep { get; init; }
}

/// <summary>One retry rule: cause ("busy", "no_answer", "machine", "abandoned", "network_failure", "callback"), delay, retries.</summary>
public sealed record RetryRuleSetting(string Cause, int DelayMinutes, int MaxRetries);

/// <summary>A message template: channel ("sms", "email", "voice"), subject for e-mail, body with {fields}.</summary>
public sealed record MessageTemplateSetting(string Channel, string? Subject, string Body);
