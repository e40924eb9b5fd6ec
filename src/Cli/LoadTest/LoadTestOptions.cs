namespace Outreach.Cli.LoadTest;

/// <summary>What `outreach loadtest` runs: agents, campaigns, how long, and the short call profile that loads the engine.</summary>
internal sealed record LoadTestOptions
{
    public int Agents { get; init; } = 1000;
    public int Campaigns { get; init; } = 20;
    public double Minutes { get; init; } = 5;

    /// <summary>Share of calls a person answers.</summary>
    public double HumanRate { get; init; } = 0.2;

    /// <summary>Mean talk time in seconds (drawn ±20%).</summary>
    public double TalkSeconds { get; init; } = 15;

    /// <summary>Mean wrap-up time in seconds (drawn ±33%).</summary>
    public double WrapSeconds { get; init; } = 3;

    public string Mode { get; init; } = "predictive";

    /// <summary>The campaigns' abandon target: a lower one trades throughput for fewer answers waiting for an agent.</summary>
    public double TargetAbandonRate { get; init; } = 0.03;

    /// <summary>
    /// The load test measures connect latency from the answer, so its campaigns keep an agent ready for nearly every
    /// answer: at most 0.5% may wait (see docs/pacing.md, "Optional wait goal").
    /// </summary>
    public const double DefaultWaitGoal = 0.005;

    /// <summary>Wait goal: the share of live answers that may find no agent ready (null = abandon target only).</summary>
    public double? TargetWaitRate { get; init; } = DefaultWaitGoal;

    /// <summary>Problems with the options, in words; empty when they are fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Agents is < 1 or > 10_000) problems.Add("--agents must be between 1 and 10000.");
        if (Campaigns < 1 || Campaigns > Agents) problems.Add("--campaigns must be between 1 and the number of agents.");
        if (Minutes is <= 0 or > 120) problems.Add("--minutes must be above 0 and at most 120.");
        if (HumanRate is <= 0 or > 0.9) problems.Add("--human must be above 0 and at most 0.9.");
        if (TargetAbandonRate is <= 0 or > 0.03) problems.Add("--target must be above 0 and at most 0.03.");
        if (TargetWaitRate is <= 0 or > 0.5) problems.Add("--wait-target must be 0 (none) or above 0 and at most 0.5.");
        if (TalkSeconds <= 0 || WrapSeconds <= 0) problems.Add("--talk and --wrap must be positive.");
        return problems;
    }
}
