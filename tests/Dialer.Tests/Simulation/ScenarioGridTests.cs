using System.Collections.Concurrent;
using Outreach.Dialer.Pacing;
using Outreach.Dialer.Simulation;

namespace Outreach.Dialer.Tests.Simulation;

/// <summary>
/// The acceptance grid, shortened to 4 hours, three seeds (the benchmark runs 8 hours). Every claim is asserted in
/// every cell it names: 26 cells × 3 seeds for abandons and for the adaptive baseline, the 20 large-team cells × 3
/// seeds for the margin over progressive or, where no pacer reaches it, the oracle bound (docs/pacing.md, "Bounds").
/// </summary>
public sealed class ScenarioGridTests
{
    private const double Minutes = 240;
    private static readonly int[] Seeds = [1, 2, 3];
    private static readonly ConcurrentDictionary<(int, int, DialingMode), SimulationResult> Results = new();

    /// <summary>How far below the oracle (told each agent's exact free time) predictive may end, at no more abandons.</summary>
    private const double OracleAllowance = 0.01;

    public static TheoryData<int, int> Grid() => Cells(_ => true);

    public static TheoryData<int, int> LargeTeams() => Cells(s => s.Agents.Sum(a => a.Count) >= 20);

    private static TheoryData<int, int> Cells(Func<Scenario, bool> filter)
    {
        var data = new TheoryData<int, int>();
        foreach (var seed in Seeds)
        {
            var scenarios = ScenarioGrid.All(Minutes, seed).ToList();
            for (var i = 0; i < scenarios.Count; i++)
                if (filter(scenarios[i])) data.Add(i, seed);
        }
        return data;
    }

    private static Scenario ScenarioAt(int index, int seed) => ScenarioGrid.All(Minutes, seed).ElementAt(index);

    private static SimulationResult Run(int index, int seed, DialingMode mode) =>
        Results.GetOrAdd((index, seed, mode), _ => DialerSimulator.Run(ScenarioAt(index, seed), mode));

    [Theory]
    [MemberData(nameof(Grid))]
    public void Predictive_keeps_abandons_under_3_percent_overall_and_5_percent_in_every_hour(int index, int seed)
    {
        var r = Run(index, seed, DialingMode.Predictive);
        Assert.True(r.HumanAnswers > 50, $"{r.Scenario}: only {r.HumanAnswers} answers");
        Assert.True(r.AbandonRate <= 0.03, $"{r.Scenario} seed {seed}: abandon rate {r.AbandonRate:P2}");
        Assert.True(r.MaxHourlyAbandonRate <= 0.05, $"{r.Scenario} seed {seed}: worst hour {r.MaxHourlyAbandonRate:P2}");
    }

    [Theory]
    [MemberData(nameof(Grid))]
    public void Predictive_keeps_agents_at_least_as_busy_as_the_adaptive_baseline_at_its_best_setting_within_target(int index, int seed)
    {
        // The baseline's default level buys its utilization with more than 3 % abandons in most cells: it is compared
        // at the maximum dial level that keeps the most agents busy without going over (level 1 is progressive).
        var (level, adaptive) = PacingBounds.BestAdaptive(ScenarioAt(index, seed));
        var predictive = Run(index, seed, DialingMode.Predictive);
        Assert.True(adaptive.AbandonRate <= 0.03, $"the baseline compared must be within the target: {adaptive.AbandonRate:P2}");
        Assert.True(predictive.AgentUtilization >= adaptive.AgentUtilization,
            $"{predictive.Scenario} seed {seed}: predictive {predictive.AgentUtilization:P1} < adaptive at level {level} {adaptive.AgentUtilization:P1} ({adaptive.AbandonRate:P2} abandoned)");
    }

    [Theory]
    [MemberData(nameof(LargeTeams))]
    public void Predictive_beats_progressive_by_10_points_or_half_its_idle_share_or_comes_within_a_point_of_the_oracle(int index, int seed)
    {
        var progressive = Run(index, seed, DialingMode.Progressive);
        var predictive = Run(index, seed, DialingMode.Predictive);
        var required = progressive.AgentUtilization + Math.Min(0.10, (1 - progressive.AgentUtilization) / 2);
        if (predictive.AgentUtilization >= required) return;
        // Short of the margin: only a shortfall the information allows is accepted. A pacer told every agent's exact
        // free time, abandoning no more than predictive did, must not do more than a point better.
        var oracle = PacingBounds.OracleAt(ScenarioAt(index, seed), predictive.AbandonRate);
        Assert.True(predictive.AgentUtilization >= oracle.AgentUtilization - OracleAllowance,
            $"{predictive.Scenario} seed {seed}: predictive {predictive.AgentUtilization:P1} at {predictive.AbandonRate:P2} abandons, " +
            $"short of {required:P1} (progressive {progressive.AgentUtilization:P1}) and more than a point under the oracle's " +
            $"{oracle.AgentUtilization:P1} at {oracle.AbandonRate:P2}");
    }
}
