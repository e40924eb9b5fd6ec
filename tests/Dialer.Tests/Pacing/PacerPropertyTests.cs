using FsCheck;
using FsCheck.Fluent;
using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

/// <summary>
/// Limits every pacer keeps whatever the agents, calls and statistics, each computed here from the campaign's options
/// and the agents, not from the pacer's own ceiling. A case is a run: a fresh pacer and a clock that moves 1–30 s between
/// ticks, so the adaptive level and the predictive controller move as they do in a campaign.
/// </summary>
public sealed class PacerPropertyTests
{
    private static readonly PacingStatistics Trained = Snapshots.Trained();

    private sealed record Tick(PacingSnapshot Snapshot, int SecondsLater);

    private sealed record Run(PacingOptions Options, IReadOnlyList<Tick> Ticks)
    {
        public override string ToString() =>
            $"{Options} with {Ticks.Count} ticks: " + string.Join("; ", Ticks.Take(6).Select(t =>
                $"+{t.SecondsLater}s ready {t.Snapshot.Count(AgentState.Ready)} talking {t.Snapshot.Count(AgentState.Talking)} " +
                $"wrap {t.Snapshot.Count(AgentState.WrapUp)} reserved {t.Snapshot.Count(AgentState.Reserved)} calls {t.Snapshot.Calls.Count}"));
    }

    private static Gen<Run> RunGen() =>
        from options in OptionsGen()
        from trained in Gen.Elements(true, false)
        from ticks in Gen.ListOf(TickGen(trained ? Trained : new PacingStatistics())).Where(t => t.Count > 0)
        select new Run(options, ticks.Take(40).ToList());

    private static Gen<PacingOptions> OptionsGen() =>
        from power in Gen.Elements(1.0, 1.5, 2.0, 3.0)
        from adaptiveMax in Gen.Elements(1.5, 2.5, 4.0)
        from linesPerAgent in Gen.Elements(1.5, 3.0, 20.0)
        from target in Gen.Elements(0.01, 0.03)
        select new PacingOptions { PowerRatio = power, AdaptiveMaxLevel = adaptiveMax, MaxLinesPerAgent = linesPerAgent, TargetAbandonRate = target };

    private static Gen<Tick> TickGen(PacingStatistics statistics) =>
        from agents in Gen.ListOf(AgentGen())
        from calls in Gen.ListOf(CallGen())
        from later in Gen.Choose(1, 30)
        select new Tick(new PacingSnapshot { Agents = agents.ToList(), Calls = calls.ToList(), Statistics = statistics }, later);

    private static Gen<AgentSnapshot> AgentGen() =>
        from state in Gen.Elements(AgentState.Ready, AgentState.Ready, AgentState.Talking, AgentState.WrapUp, AgentState.Reserved)
        from seconds in Gen.Choose(0, 900)
        select new AgentSnapshot(state, TimeSpan.FromSeconds(seconds));

    private static Gen<CallInFlight> CallGen() =>
        from waiting in Gen.Elements(false, false, false, true)
        from seconds in Gen.Choose(0, 40)
        select new CallInFlight(waiting ? CallPhase.WaitingForAgent : CallPhase.Dialing, TimeSpan.FromSeconds(seconds));

    /// <summary>Runs every case of <paramref name="mode"/> on a fresh pacer, checking the limit at every tick.</summary>
    private static void Holds(DialingMode mode, Func<PacingOptions, PacingSnapshot, int, bool> limit, Action<IPacer>? watch = null)
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(RunGen().ToArbitrary(), run =>
        {
            var clock = new ManualClock();
            var pacer = PacerFactory.Create(mode, run.Options, clock);
            foreach (var tick in run.Ticks)
            {
                clock.Advance(TimeSpan.FromSeconds(tick.SecondsLater));
                var launch = pacer.CallsToLaunch(tick.Snapshot);
                watch?.Invoke(pacer);
                if (!limit(run.Options, tick.Snapshot, launch)) return false;
            }
            return true;
        }).Label(mode.ToString()));
    }

    public static TheoryData<DialingMode> Modes() => [.. Enum.GetValues<DialingMode>()];

    private static int Ready(PacingSnapshot s) => s.Count(AgentState.Ready);

    private static int Lines(double perAgent, int agents) => (int)Math.Floor(perAgent * agents + 1e-9);

    [Theory]
    [MemberData(nameof(Modes))]
    public void Never_asks_for_a_negative_number_of_calls(DialingMode mode) =>
        Holds(mode, (_, _, launch) => launch >= 0);

    [Theory]
    [MemberData(nameof(Modes))]
    public void Never_dials_with_no_agent_logged_in(DialingMode mode)
    {
        Holds(mode, (_, _, _) => true, pacer =>
        {
            var nobody = new PacingSnapshot { Agents = [], Calls = [new CallInFlight(CallPhase.Dialing, TimeSpan.Zero)], Statistics = Trained };
            Assert.Equal(0, pacer.CallsToLaunch(nobody));
        });
    }

    [Theory]
    [InlineData(DialingMode.Adaptive)]
    [InlineData(DialingMode.Predictive)]
    public void Never_puts_more_lines_in_use_than_the_campaign_allows_per_logged_in_agent(DialingMode mode) =>
        Holds(mode, (options, s, launch) => launch == 0 || s.Calls.Count + launch <= Lines(options.MaxLinesPerAgent, s.Agents.Count));

    [Fact]
    public void Progressive_places_one_call_per_ready_agent_with_none_on_its_way() =>
        Holds(DialingMode.Progressive, (_, s, launch) => launch == Math.Max(0, Ready(s) - s.Calls.Count));

    [Fact]
    public void Preview_calls_only_for_ready_agents_and_never_more_than_agents_ready_or_reserved() =>
        Holds(DialingMode.Preview, (_, s, launch) =>
            launch <= Ready(s) && (launch == 0 || s.Calls.Count + launch <= Ready(s) + s.Count(AgentState.Reserved)));

    [Fact]
    public void Power_keeps_at_most_its_ratio_of_lines_per_ready_agent() =>
        Holds(DialingMode.Power, (options, s, launch) => launch == 0 || s.Calls.Count + launch <= Lines(options.PowerRatio, Ready(s)));

    [Fact]
    public void Adaptive_never_goes_past_its_maximum_dial_level_over_the_active_agents()
    {
        var highest = 1.0;
        Holds(DialingMode.Adaptive, (options, s, launch) =>
        {
            var talking = s.Count(AgentState.Talking);
            return launch == 0 || s.Calls.Count + launch + talking <= Lines(options.AdaptiveMaxLevel, Ready(s) + talking);
        }, pacer => highest = Math.Max(highest, ((AdaptivePacer)pacer).DialLevel));
        // The runs must move the level, or the limit above was only ever tried at level 1.
        Assert.True(highest >= 2.5, $"the generated runs reached dial level {highest:0.00} at most");
    }

    [Fact]
    public void Predictive_never_places_fewer_calls_than_progressive_would_when_there_is_room() =>
        Holds(DialingMode.Predictive, (options, s, launch) =>
            launch >= Math.Min(Ready(s) - s.Calls.Count, Lines(options.MaxLinesPerAgent, s.Agents.Count) - s.Calls.Count));
}
