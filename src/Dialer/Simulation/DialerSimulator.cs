using System.Diagnostics;
using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Simulation;

/// <summary>
/// Discrete-event simulation of one campaign on virtual time: the network, answer
/// classification, agents and the connect rule, paced by the same <see cref="IPacer"/> the live
/// engine uses, ticked every 250 ms. Same scenario and seed, same result.
/// </summary>
public sealed class DialerSimulator
{
    /// <summary>Pacing tick, as in the live campaign grain.</summary>
    public const double TickSeconds = 0.25;

    /// <summary>Virtual start instant: a clock hour, so hours in results are clock hours.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 8, 0, 0, TimeSpan.Zero);

    private readonly Scenario _scenario;
    private readonly Random _random;
    private readonly VirtualTimeProvider _clock = new(Epoch);
    private readonly PriorityQueue<SimulationEvent, EventTime> _events = new();
    private readonly AgentFloor _floor;
    private readonly List<SimulatedCall> _inFlight = [];
    private readonly List<CallInFlight> _callView = [];
    private readonly SimulationMetrics _metrics = new();
    private readonly double _end;
    private long _sequence;
    private long _contactsLeft;
    private int _nextChange;
    private OutcomeMix _mix;
    private readonly string _label;

    /// <summary>
    /// Prepares a run of <paramref name="scenario"/> (its mode and seed); <paramref name="pacer"/>, when given, makes the
    /// pacer instead of the scenario's mode (the oracle bound), and <paramref name="label"/> names it in the result.
    /// </summary>
    public DialerSimulator(Scenario scenario, Func<PacingOptions, TimeProvider, IPacer>? pacer = null, string? label = null)
    {
        _scenario = scenario;
        // Common random numbers: calls and connections draw from streams of their own, so the i-th call placed and the
        // k-th call connected get the same outcome, ring and talk time whatever the pacer; modes compared on one seed
        // differ by their pacing, not by the luck of the draw.
        _random = new Random(Stream(scenario.Seed, 1));
        _end = scenario.DurationMinutes * 60;
        _contactsLeft = scenario.Contacts;
        _mix = scenario.Outcomes;
        Pacer = pacer?.Invoke(scenario.PacingOptions, _clock) ?? PacerFactory.Create(scenario.Mode, scenario.PacingOptions, _clock);
        _label = label ?? scenario.Mode.ToString().ToLowerInvariant();
        _floor = new AgentFloor(scenario, new Random(Stream(scenario.Seed, 2)), _metrics, Statistics, _clock);
    }

    private static int Stream(int seed, int stream) => unchecked(seed * 1_000_003 + stream * 7_919);

    /// <summary>The pacer being driven.</summary>
    public IPacer Pacer { get; }

    /// <summary>The statistics the simulated campaign feeds.</summary>
    public PacingStatistics Statistics { get; } = new();

    /// <summary>Runs <paramref name="scenario"/>, optionally with another mode or seed.</summary>
    public static SimulationResult Run(Scenario scenario, DialingMode? mode = null, int? seed = null) =>
        new DialerSimulator(scenario with { Mode = mode ?? scenario.Mode, Seed = seed ?? scenario.Seed }).Run();

    /// <summary>
    /// Runs <paramref name="scenario"/> with the oracle bound: predictive pacing told each agent's exact free time, holding
    /// abandons to <paramref name="targetAbandonRate"/> (e.g. the rate predictive reached, to compare at the same rate).
    /// </summary>
    public static SimulationResult RunOracle(Scenario scenario, double targetAbandonRate, int? seed = null)
    {
        var oracle = scenario with { Mode = DialingMode.Predictive, Seed = seed ?? scenario.Seed, TargetAbandonRate = targetAbandonRate };
        return new DialerSimulator(oracle, PredictivePacer.Oracle, "oracle").Run();
    }

    /// <summary>Runs the simulation to its end.</summary>
    public SimulationResult Run()
    {
        var wall = Stopwatch.StartNew();
        ScheduleShifts();
        Schedule(0, SimulationEventKind.Tick);
        while (_events.TryDequeue(out var e, out var time) && time.Seconds <= _end)
        {
            _clock.MoveTo(time.Seconds);
            Handle(e, time.Seconds);
        }
        _floor.LogOutAll(_end);
        return _metrics.ToResult(_scenario, _label, _end, wall.Elapsed.TotalSeconds);
    }

    private void ScheduleShifts()
    {
        foreach (var agent in _floor.Agents)
        {
            Schedule(agent.LoginAt, SimulationEventKind.Login, agent);
            Schedule(agent.LogoutAt, SimulationEventKind.Logout, agent);
        }
    }

    private void Schedule(double at, SimulationEventKind kind, SimulatedAgent? agent = null, SimulatedCall? call = null) =>
        _events.Enqueue(new SimulationEvent(kind, agent, call), new EventTime(at, _sequence++));

    private void Handle(SimulationEvent e, double now)
    {
        switch (e.Kind)
        {
            case SimulationEventKind.Tick: OnTick(now); break;
            case SimulationEventKind.Login: _floor.LogIn(e.Agent!, now); break;
            case SimulationEventKind.Logout: _floor.LogOut(e.Agent!, now); break;
            case SimulationEventKind.CallResolved: OnResolved(e.Call!, now); break;
            case SimulationEventKind.ConnectDeadline: OnDeadline(e.Call!, now); break;
            case SimulationEventKind.TalkEnded: _floor.StartWrapUp(e.Agent!, now); break;
            case SimulationEventKind.WrapEnded: _floor.Free(e.Agent!, now); break;
        }
        // Agents freed or logged in take the oldest live answer waiting for them.
        while (_floor.MatchWaiting(now) is { } connected)
        {
            Remove(connected.Call);
            ScheduleCall(connected);
        }
    }

    private void OnTick(double now)
    {
        Schedule(now + TickSeconds, SimulationEventKind.Tick);
        if (_floor.LoggedIn == 0) return;
        var launch = Pacer.CallsToLaunch(Snapshot(now));
        for (var i = 0; i < launch && Launch(now); i++) { }
    }

    private PacingSnapshot Snapshot(double now)
    {
        _callView.Clear();
        foreach (var call in _inFlight)
            _callView.Add(new CallInFlight(call.Waiting ? CallPhase.WaitingForAgent : CallPhase.Dialing,
                TimeSpan.FromSeconds(now - call.PlacedAt)));
        return new PacingSnapshot { Agents = _floor.View(now), Calls = _callView, Statistics = Statistics };
    }

    private bool Launch(double now)
    {
        if (_contactsLeft <= 0)
        {
            _metrics.ContactsExhausted = true;
            return false;
        }
        _contactsLeft--;
        _metrics.CallsPlaced++;
        Statistics.CallPlaced(_clock.GetUtcNow());
        var outcome = CurrentMix(now).Pick(_random.NextDouble());
        var call = new SimulatedCall(outcome, now, now + ResolveAfter(outcome));
        if (Pacer.Mode == DialingMode.Preview) call.Owner = _floor.Reserve();
        call.Slot = _inFlight.Count;
        _inFlight.Add(call);
        Schedule(call.ResolvesAt, SimulationEventKind.CallResolved, call: call);
        return true;
    }

    private double ResolveAfter(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Busy or CallOutcome.Invalid => _scenario.FailFastSeconds,
        CallOutcome.NoAnswer => _scenario.NoAnswerTimeoutSeconds,
        _ => Math.Min(_scenario.RingSeconds.Sample(_random), _scenario.NoAnswerTimeoutSeconds)
             + _scenario.ClassificationSeconds.Sample(_random),
    };

    private OutcomeMix CurrentMix(double now)
    {
        var changes = _scenario.OutcomeChanges;
        while (_nextChange < changes.Count && changes[_nextChange].AtMinute * 60 <= now)
            _mix = changes[_nextChange++].Outcomes;
        return _mix;
    }

    private void OnResolved(SimulatedCall call, double now)
    {
        var at = _clock.GetUtcNow();
        var since = TimeSpan.FromSeconds(now - call.PlacedAt);
        var answered = call.Outcome is CallOutcome.Human or CallOutcome.Machine;
        Statistics.RingingEnded(since, answered, at);
        if (call.Outcome != CallOutcome.Human)
        {
            if (call.Outcome == CallOutcome.Machine) Statistics.MachineDetected(since, at);
            Remove(call);
            if (call.Owner is { } owner) _floor.Release(owner, now);
            return;
        }
        Statistics.HumanAnswered(since, at);
        _metrics.Human(now);
        var agent = call.Owner ?? _floor.TakeReady();
        if (agent is not null)
        {
            Remove(call);
            ScheduleCall(_floor.Connect(agent, call, now));
            return;
        }
        call.Waiting = true;
        Statistics.AnswerWaited(at);
        _metrics.Waited++;
        _floor.Wait(call);
        Schedule(now + _scenario.MaxWaitForAgentSeconds, SimulationEventKind.ConnectDeadline, call: call);
    }

    private void ScheduleCall(Connection connection)
    {
        Schedule(connection.TalkEndsAt, SimulationEventKind.TalkEnded, connection.Agent);
        Schedule(connection.WrapEndsAt, SimulationEventKind.WrapEnded, connection.Agent);
    }

    private void OnDeadline(SimulatedCall call, double now)
    {
        if (call.Done) return;
        Statistics.Abandoned(_clock.GetUtcNow());
        _metrics.Abandon(call.ResolvesAt);
        Remove(call);
    }

    private void Remove(SimulatedCall call)
    {
        call.Done = true;
        call.Waiting = false;
        if (call.Slot < 0) return;
        var last = _inFlight[^1];
        _inFlight[call.Slot] = last;
        last.Slot = call.Slot;
        _inFlight.RemoveAt(_inFlight.Count - 1);
        call.Slot = -1;
    }
}
