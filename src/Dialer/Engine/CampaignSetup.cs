using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;
using Outreach.Dialer.Pacing;
using Outreach.Dialer.Retries;
using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Engine;

/// <summary>
/// A campaign's row and settings turned into the engine's pieces: dialling mode and pacing options, jurisdiction
/// profile (calling hours from the campaign), retry policy, connect limit and the messages it plays.
/// </summary>
public sealed record CampaignSetup
{
    public required Campaign Campaign { get; init; }
    public required CampaignSettings Settings { get; init; }
    public required DialingMode Mode { get; init; }
    public required PacingOptions Pacing { get; init; }
    public required JurisdictionProfile Profile { get; init; }
    public required RetryPolicy Retries { get; init; }
    public required ConnectDeadline Deadline { get; init; }

    public bool LeavesMessageOnMachines => Settings.MachineAction == "leave_message";

    public TimeSpan NoAnswerTimeout => Profile.NoAnswerTimeout(TimeSpan.FromSeconds(Settings.NoAnswerTimeoutSeconds));

    public static CampaignSetup From(Campaign campaign, CampaignSettings settings) => new()
    {
        Campaign = campaign,
        Settings = settings,
        Mode = ModeOf(campaign.DialingMode),
        Pacing = new PacingOptions
        {
            TargetAbandonRate = (double)campaign.TargetAbandonRate,
            TargetWaitRate = settings.TargetWaitRate,
            PowerRatio = settings.PowerRatio,
            MaxWaitForAgent = TimeSpan.FromSeconds(Math.Max(1, settings.MaxWaitForAgentSeconds)),
        },
        Profile = ProfileOf(campaign, settings),
        Retries = RetriesOf(settings),
        Deadline = ConnectDeadline.FromSeconds(Math.Max(1, settings.MaxWaitForAgentSeconds)),
    };

    /// <summary>The pacer's mode for a stored mode name; agentless and unknown names pace like progressive.</summary>
    public static DialingMode ModeOf(string stored) =>
        Enum.TryParse<DialingMode>(stored, ignoreCase: true, out var mode) ? mode : DialingMode.Progressive;

    private static JurisdictionProfile ProfileOf(Campaign campaign, CampaignSettings settings)
    {
        var preset = settings.Jurisdiction == "uk" ? JurisdictionProfile.UnitedKingdom : JurisdictionProfile.UnitedStates;
        return preset with
        {
            CallingHours = new CallingWindow(campaign.CallingHoursFrom, campaign.CallingHoursTo),
            MaxAttemptsPerDay = settings.MaxAttemptsPerDay ?? preset.MaxAttemptsPerDay,
            MaxAttemptsPerWeek = settings.MaxAttemptsPerWeek ?? preset.MaxAttemptsPerWeek,
            MaxAbandonRate = Math.Min(preset.MaxAbandonRate, (double)campaign.TargetAbandonRate),
        };
    }

    private static RetryPolicy RetriesOf(CampaignSettings settings)
    {
        var policy = RetryPolicy.Default with { MaxAttemptsPerContact = settings.MaxAttemptsPerContact };
        foreach (var rule in settings.RetryRules)
            if (RetryCauses.Parse(rule.Cause) is { } cause)
                policy = policy.With(cause, new RetryRule(TimeSpan.FromMinutes(rule.DelayMinutes), rule.MaxRetries));
        return policy;
    }
}
