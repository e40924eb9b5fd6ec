using FsCheck;
using FsCheck.Fluent;
using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

/// <summary>Invariants every pacer keeps whatever the agents, calls and statistics.</summary>
public sealed class PacerPropertyTests
{
    private static readonly PacingStatistics Trained = Snapshots.Trained();

    private static Gen<PacingSnapshot> Snapshot() =>
        from agents in Gen.ListOf(AgentGen())
        from calls in Gen.ListOf(CallGen())
        from trained in Gen.Elements(true, false)
        select new PacingSnapshot { Agents = agents.ToList(), Calls = calls.ToList(), Statistics = trained ? Trained : new PacingStatistics() };

    private static Gen<AgentSnapshot> AgentGen() =>
        from state in Gen.Elements(AgentState.Ready, AgentState.Talking, AgentState.WrapUp, AgentState.Reserved)
        from seconds in Gen.Choose(0, 900)
        select new AgentSnapshot(state, TimeSpan.FromSeconds(seconds));

    private static Gen<CallInFlight> CallGen() =>
        from waiting in Gen.Elements(false, false, false, true)
        from seconds in Gen.Choose(0, 40)
        select new CallInFlight(waiting ? CallPhase.WaitingForAgent : CallPhase.Dialing, TimeSpan.FromSeconds(seconds));

    private static void Holds(Func<IPacer, PacingSnapshot, bool> property)
    {
        foreach (var mode in Enum.GetValues<DialingMode>())
        {
            var pacer = PacerFactory.Create(mode, new PacingOptions(), new ManualClock());
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(300),
                Prop.ForAll(Snapshot().ToArbitrary(), s => property(pacer, s)).Label(mode.ToString()));
        }
    }

    [Fact]
    public void Never_asks_for_a_negative_number_of_calls() =>
        Holds((pacer, s) => pacer.CallsToLaunch(s) >= 0);

    [Fact]
    public void Never_puts_more_calls_in_flight_than_the_mode_allows() =>
        Holds((pacer, s) => s.Calls.Count + pacer.CallsToLaunch(s) <= Math.Max(s.Calls.Count, pacer.MaxCallsInFlight(s)));

    [Fact]
    public void Never_dials_with_no_agent_logged_in() =>
        Holds((pacer, s) => pacer.CallsToLaunch(s with { Agents = [] }) == 0);

    [Fact]
    public void Progressive_and_preview_never_exceed_one_call_per_ready_agent() =>
        Holds((pacer, s) => pacer.Mode is not (DialingMode.Progressive or DialingMode.Preview)
            || pacer.CallsToLaunch(s) <= s.Count(AgentState.Ready));
}
