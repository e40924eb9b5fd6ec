namespace Outreach.Dialer.Simulation;

/// <summary>The measures of one simulation run (printed as JSON by `outreach simulate`).</summary>
public sealed record SimulationResult
{
    /// <summary>Scenario name.</summary>
    public required string Scenario { get; init; }
    /// <summary>Dialing mode, lower case.</summary>
    public required string Mode { get; init; }
    /// <summary>Seed used.</summary>
    public required int Seed { get; init; }
    /// <summary>Calls placed.</summary>
    public long CallsPlaced { get; init; }
    /// <summary>Calls classified as a live person.</summary>
    public long HumanAnswers { get; init; }
    /// <summary>Live answers connected to an agent.</summary>
    public long Connected { get; init; }
    /// <summary>Live answers not connected within the limit.</summary>
    public long Abandoned { get; init; }
    /// <summary>abandoned / humanAnswers.</summary>
    public double AbandonRate { get; init; }
    /// <summary>Worst clock hour with at least 20 live answers.</summary>
    public double MaxHourlyAbandonRate { get; init; }
    /// <summary>(talk + wrap-up) / logged-in time over all agents.</summary>
    public double AgentUtilization { get; init; }
    /// <summary>Talk minutes per logged-in agent hour.</summary>
    public double TalkMinutesPerAgentHour { get; init; }
    /// <summary>Mean time an agent waited between calls.</summary>
    public double MeanAgentWaitSeconds { get; init; }
    /// <summary>True when the contact list ran out.</summary>
    public bool ContactsExhausted { get; init; }
    /// <summary>Simulated time.</summary>
    public long SimulatedSeconds { get; init; }
    /// <summary>Real time the run took.</summary>
    public double WallSeconds { get; init; }
    /// <summary>Share of live answers that found no agent ready and waited (connected later or abandoned); beyond the fields, so last.</summary>
    public double WaitRate { get; init; }
    /// <summary>Median time an agent waited before a connected call (to half a second); with the 90th percentile, the
    /// shape the mean hides: a pacer that foresees free agents puts many waits near zero.</summary>
    public double AgentWaitP50Seconds { get; init; }
    /// <summary>90th percentile of the agent waits before connected calls (to half a second).</summary>
    public double AgentWaitP90Seconds { get; init; }
}
