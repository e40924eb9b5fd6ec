using Outreach.Dialer.Retries;

namespace Outreach.Web.CampaignSetup;

/// <summary>The retry causes in the words of the settings JSON, with the engine's default rule for each (shown in the wizard).</summary>
public static class RetryDefaults
{
    public static readonly IReadOnlyList<(string Cause, RetryCause Engine, string Label)> Causes =
    [
        ("busy", RetryCause.Busy, "Busy"),
        ("no_answer", RetryCause.NoAnswer, "No answer"),
        ("machine", RetryCause.Machine, "Answering machine"),
        ("callback", RetryCause.Callback, "Callback requested"),
        ("abandoned", RetryCause.Abandoned, "Abandoned (no agent in time)"),
        ("network_failure", RetryCause.NetworkFailure, "Network failure"),
    ];

    public static string Label(string cause) => Causes.FirstOrDefault(c => c.Cause == cause).Label ?? cause;

    /// <summary>One rule per cause with the engine's default delay and retries.</summary>
    public static List<RetryRuleForm> Rules() =>
        Causes.Select(c => RetryPolicy.Default.Rules[c.Engine])
            .Zip(Causes, (rule, c) => new RetryRuleForm { Cause = c.Cause, DelayMinutes = (int)rule.Delay.TotalMinutes, MaxRetries = rule.MaxRetries })
            .ToList();
}
