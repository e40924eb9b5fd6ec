namespace Outreach.Dialer.Pacing;

/// <summary>Campaign settings that pacers read.</summary>
public sealed record PacingOptions
{
    /// <summary>Highest abandoned share of live answers allowed, campaign-wide and per hour.</summary>
    public double TargetAbandonRate { get; init; } = 0.03;

    /// <summary>
    /// Optional service goal for the predictive pacer: the highest share of live answers that may find no agent
    /// ready and wait (up to the connect limit). Unset, pacing answers only to the abandon target; set low (0.5%),
    /// an agent is ready for almost every answer, at some cost in calls per agent hour.
    /// </summary>
    public double? TargetWaitRate { get; init; }

    /// <summary>Highest abandoned share of live answers in any clock hour.</summary>
    public double HourlyAbandonLimit { get; init; } = 0.05;

    /// <summary>Lines per ready agent in power mode.</summary>
    public double PowerRatio { get; init; } = 2.0;

    /// <summary>How long a live answer may wait for an agent before it is abandoned.</summary>
    public TimeSpan MaxWaitForAgent { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Ceiling on calls in flight per logged-in agent for the adaptive and predictive modes.</summary>
    public double MaxLinesPerAgent { get; init; } = 20;

    /// <summary>Highest dial level the adaptive baseline may reach.</summary>
    public double AdaptiveMaxLevel { get; init; } = 4.0;
}
