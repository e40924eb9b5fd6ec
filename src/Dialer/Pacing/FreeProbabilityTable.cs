namespace Outreach.Dialer.Pacing;

/// <summary>
/// Remembers P(busy agent free within the horizon) by state and half-second of time in state,
/// so a tick over hundreds of agents costs a table look-up each instead of several lognormal
/// evaluations. Entries are filled on demand and forgotten every 15 s or when the horizon moves.
/// </summary>
public sealed class FreeProbabilityTable
{
    private const double Step = 0.5;
    private const int Size = 7200;   // one hour of time in state
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(15);
    private readonly double[] _talking = new double[Size];
    private readonly double[] _wrapUp = new double[Size];
    private DateTimeOffset _builtAt = DateTimeOffset.MinValue;
    private TimeSpan _horizon;
    private int _agents;

    /// <summary>The probability for <paramref name="agent"/>, from the table when possible.</summary>
    public double Lookup(PacingStatistics stats, AgentSnapshot agent, TimeSpan horizon, int agents, DateTimeOffset now)
    {
        if (now - _builtAt >= RefreshEvery || (horizon - _horizon).Duration() > TimeSpan.FromSeconds(0.25) || agents != _agents)
            Reset(horizon, agents, now);
        var bucket = (int)(agent.InState.TotalSeconds / Step);
        var table = agent.State == AgentState.WrapUp ? _wrapUp : _talking;
        if (bucket >= Size) return stats.ProbabilityFreeWithin(agent, _horizon, agents);
        if (double.IsNaN(table[bucket]))
            table[bucket] = stats.ProbabilityFreeWithin(agent with { InState = TimeSpan.FromSeconds(bucket * Step) }, _horizon, agents);
        return table[bucket];
    }

    private void Reset(TimeSpan horizon, int agents, DateTimeOffset now)
    {
        Array.Fill(_talking, double.NaN);
        Array.Fill(_wrapUp, double.NaN);
        _builtAt = now;
        _horizon = horizon;
        _agents = agents;
    }
}
