using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Simulation;

/// <summary>Everything a simulation run needs: agents, contacts, network behaviour and pacing settings.</summary>
public sealed record Scenario
{
    /// <summary>Name shown in results.</summary>
    public required string Name { get; init; }
    /// <summary>Random seed.</summary>
    public int Seed { get; init; } = 1;
    /// <summary>Simulated time.</summary>
    public required double DurationMinutes { get; init; }
    /// <summary>Dialing mode.</summary>
    public DialingMode Mode { get; init; } = DialingMode.Predictive;
    /// <summary>Lines per ready agent in power mode.</summary>
    public double PowerRatio { get; init; } = 2.0;
    /// <summary>Highest dial level the adaptive baseline may reach.</summary>
    public double AdaptiveMaxLevel { get; init; } = 4.0;
    /// <summary>Abandon-rate target.</summary>
    public double TargetAbandonRate { get; init; } = 0.03;
    /// <summary>Optional goal: highest share of live answers that may wait for an agent (see <see cref="PacingOptions.TargetWaitRate"/>).</summary>
    public double? TargetWaitRate { get; init; }
    /// <summary>Connect limit for a live answer.</summary>
    public double MaxWaitForAgentSeconds { get; init; } = 2;
    /// <summary>Agent groups and their shifts.</summary>
    public required IReadOnlyList<AgentShift> Agents { get; init; }
    /// <summary>Size of the contact list.</summary>
    public required long Contacts { get; init; }
    /// <summary>Outcome mix at the start.</summary>
    public required OutcomeMix Outcomes { get; init; }
    /// <summary>Later outcome mixes, by minute.</summary>
    public IReadOnlyList<OutcomeChange> OutcomeChanges { get; init; } = [];
    /// <summary>Ring time before a human or machine answers.</summary>
    public required Distribution RingSeconds { get; init; }
    /// <summary>When an unanswered call gives up.</summary>
    public required double NoAnswerTimeoutSeconds { get; init; }
    /// <summary>When busy and invalid calls end.</summary>
    public required double FailFastSeconds { get; init; }
    /// <summary>Delay of answer classification after the answer.</summary>
    public required Distribution ClassificationSeconds { get; init; }
    /// <summary>Talk time.</summary>
    public required Distribution TalkSeconds { get; init; }
    /// <summary>Wrap-up time.</summary>
    public required Distribution WrapSeconds { get; init; }

    /// <summary>Pacing options derived from the scenario.</summary>
    public PacingOptions PacingOptions => new()
    {
        TargetAbandonRate = TargetAbandonRate,
        TargetWaitRate = TargetWaitRate,
        HourlyAbandonLimit = Math.Max(0.05, TargetAbandonRate),
        PowerRatio = PowerRatio,
        AdaptiveMaxLevel = AdaptiveMaxLevel,
        MaxWaitForAgent = TimeSpan.FromSeconds(MaxWaitForAgentSeconds),
    };
}
