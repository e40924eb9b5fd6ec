using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

/// <summary>Builds pacing snapshots and trained statistics for pacer tests.</summary>
internal static class Snapshots
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    public static PacingSnapshot Of(int ready, int talking = 0, int calls = 0, PacingStatistics? statistics = null,
        int wrapUp = 0, double inStateSeconds = 0) => new()
    {
        Agents = Enumerable.Repeat(new AgentSnapshot(AgentState.Ready, TimeSpan.Zero), ready)
            .Concat(Enumerable.Repeat(new AgentSnapshot(AgentState.Talking, TimeSpan.FromSeconds(inStateSeconds)), talking))
            .Concat(Enumerable.Repeat(new AgentSnapshot(AgentState.WrapUp, TimeSpan.FromSeconds(inStateSeconds)), wrapUp))
            .ToList(),
        Calls = Enumerable.Repeat(new CallInFlight(CallPhase.Dialing, TimeSpan.FromSeconds(1)), calls).ToList(),
        Statistics = statistics ?? new PacingStatistics(),
    };

    /// <summary>
    /// Statistics after a steady hour: every fourth call a live answer at 14 s, the rest end
    /// unanswered at 25 s; talk about 100 s (log-sd 0.5) and wrap-up exactly 10 s; no abandons.
    /// </summary>
    public static PacingStatistics Trained(int calls = 2000)
    {
        var stats = new PacingStatistics();
        var at = Start;
        for (var i = 0; i < calls; i++)
        {
            at = at.AddSeconds(1);
            stats.CallPlaced(at);
            if (i % 4 == 0)
            {
                stats.HumanAnswered(TimeSpan.FromSeconds(14), at);
                var talk = Math.Exp(Math.Log(100) + 0.5 * ((i / 4 % 2 == 0) ? 1 : -1));
                stats.AgentFreed(TimeSpan.FromSeconds(talk), TimeSpan.FromSeconds(10), at);
            }
            else stats.RingingEnded(TimeSpan.FromSeconds(25), answered: false, at);
        }
        return stats;
    }
}
