namespace Outreach.Dialer.Pacing;

/// <summary>What a pacer sees at one tick: the campaign's logged-in agents, its calls in flight and its statistics.</summary>
public sealed record PacingSnapshot
{
    /// <summary>Logged-in agents only; logged-out agents are not listed.</summary>
    public required IReadOnlyList<AgentSnapshot> Agents { get; init; }

    /// <summary>Calls placed and not yet connected nor ended.</summary>
    public required IReadOnlyList<CallInFlight> Calls { get; init; }

    /// <summary>The campaign's learnt statistics, fed by the owner of the snapshot.</summary>
    public required PacingStatistics Statistics { get; init; }

    /// <summary>Number of agents in the given state.</summary>
    public int Count(AgentState state)
    {
        var n = 0;
        for (var i = 0; i < Agents.Count; i++)
            if (Agents[i].State == state) n++;
        return n;
    }
}
