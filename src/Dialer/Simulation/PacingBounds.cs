using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Simulation;

/// <summary>
/// Predictive on one scenario beside what bounds it: progressive (the floor, nothing abandoned), the adaptive baseline at
/// its best setting within the abandon target, and the oracle (told each agent's exact free time) at its best without
/// abandoning more than predictive did, so the two are compared at the same rate. See docs/pacing.md, "Bounds".
/// </summary>
public sealed record PacingBounds(
    SimulationResult Progressive,
    SimulationResult Adaptive,
    (double Level, SimulationResult Result) AdaptiveAtBest,
    SimulationResult Predictive,
    SimulationResult Oracle)
{
    /// <summary>The adaptive baseline's maximum dial levels searched (its default, 4, last); level 1 is progressive.</summary>
    public static readonly double[] AdaptiveLevels = [1.25, 1.5, 2.0, 3.0, 4.0];

    /// <summary>
    /// The oracle's abandon targets tried, as multiples of the rate it must not exceed: its controller keeps it under its
    /// target, so the search reaches above and keeps the runs that land at or under the rate.
    /// </summary>
    public static readonly double[] OracleTargets = [1.0, 1.3, 1.7, 2.2];

    /// <summary>Runs every pacer the bounds need on <paramref name="scenario"/>.</summary>
    public static PacingBounds Measure(Scenario scenario)
    {
        var predictive = DialerSimulator.Run(scenario, DialingMode.Predictive);
        return new PacingBounds(DialerSimulator.Run(scenario, DialingMode.Progressive), DialerSimulator.Run(scenario, DialingMode.Adaptive),
            BestAdaptive(scenario), predictive, OracleAt(scenario, predictive.AbandonRate));
    }

    /// <summary>
    /// The adaptive baseline at the maximum dial level that keeps the most agents busy within the scenario's abandon
    /// target; level 1 (progressive) when no level stays within it.
    /// </summary>
    public static (double Level, SimulationResult Result) BestAdaptive(Scenario scenario)
    {
        var within = AdaptiveLevels
            .Select(level => (Level: level, Result: DialerSimulator.Run(scenario with { AdaptiveMaxLevel = level }, DialingMode.Adaptive)))
            .Where(a => a.Result.AbandonRate <= scenario.TargetAbandonRate)
            .ToList();
        return within.Count > 0 ? within.MaxBy(a => a.Result.AgentUtilization) : (1.0, DialerSimulator.Run(scenario, DialingMode.Progressive));
    }

    /// <summary>
    /// The oracle's best utilisation without abandoning more than <paramref name="abandonRate"/>, searched over its target;
    /// when every run abandons more, the least abandoning (which only favours the oracle).
    /// </summary>
    public static SimulationResult OracleAt(Scenario scenario, double abandonRate)
    {
        var runs = OracleTargets.Select(k => DialerSimulator.RunOracle(scenario, abandonRate * k)).ToList();
        var within = runs.Where(r => r.AbandonRate <= abandonRate).ToList();
        return within.Count > 0 ? within.MaxBy(r => r.AgentUtilization)! : runs.MinBy(r => r.AbandonRate)!;
    }
}
