using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Simulation;

/// <summary>
/// The simulated agents: shifts, the ready queue (longest idle first), live answers waiting for
/// an agent, and what agents' time is spent on.
/// </summary>
internal sealed class AgentFloor
{
    private readonly Scenario _scenario;
    private readonly Random _random;
    private readonly SimulationMetrics _metrics;
    private readonly PacingStatistics _statistics;
    private readonly TimeProvider _clock;
    private readonly double _end;
    private readonly Queue<(SimulatedAgent Agent, int Version)> _ready = new();
    private readonly Queue<SimulatedCall> _waiting = new();
    private readonly List<AgentSnapshot> _view = [];
    private readonly List<SimulatedAgent> _agents = [];

    public AgentFloor(Scenario scenario, Random random, SimulationMetrics metrics, PacingStatistics statistics, TimeProvider clock)
    {
        _scenario = scenario;
        _random = random;
        _metrics = metrics;
        _statistics = statistics;
        _clock = clock;
        _end = scenario.DurationMinutes * 60;
        foreach (var shift in scenario.Agents)
            for (var i = 0; i < shift.Count; i++)
                _agents.Add(new SimulatedAgent(shift.LoginMinute * 60, shift.LogoutMinute * 60));
    }

    public IReadOnlyList<SimulatedAgent> Agents => _agents;

    public int LoggedIn { get; private set; }

    /// <summary>The logged-in agents as the pacer sees them (the list is reused between ticks).</summary>
    public IReadOnlyList<AgentSnapshot> View(double now)
    {
        _view.Clear();
        foreach (var a in _agents)
        {
            if (!a.LoggedIn) continue;
            var since = a.State switch { AgentState.Talking => a.ConnectedAt, AgentState.WrapUp => a.WrapStartedAt, _ => now };
            _view.Add(new AgentSnapshot(a.State, TimeSpan.FromSeconds(now - since), FreeIn(a, now)));
        }
        return _view;
    }

    // The simulator knows when each busy agent will be free (talk and wrap-up are drawn at the connect): for the oracle bound.
    private static TimeSpan? FreeIn(SimulatedAgent a, double now) => a.State switch
    {
        AgentState.Talking => TimeSpan.FromSeconds(a.ConnectedAt + a.TalkSeconds + a.WrapSeconds - now),
        AgentState.WrapUp => TimeSpan.FromSeconds(a.WrapStartedAt + a.WrapSeconds - now),
        _ => null,
    };

    public void LogIn(SimulatedAgent agent, double now)
    {
        if (agent.LoggedIn || now >= agent.LogoutAt) return;
        agent.LoggedIn = true;
        LoggedIn++;
        MakeReady(agent, now);
    }

    /// <summary>Shift over: a ready agent leaves now, a busy one once its call is done.</summary>
    public void LogOut(SimulatedAgent agent, double now)
    {
        if (!agent.LoggedIn) return;
        if (agent.State == AgentState.Ready) LogOff(agent, now);
        else agent.Leaving = true;
    }

    public void LogOutAll(double end)
    {
        foreach (var agent in _agents)
            if (agent.LoggedIn) LogOff(agent, end);
    }

    public void StartWrapUp(SimulatedAgent agent, double now)
    {
        agent.State = AgentState.WrapUp;
        agent.WrapStartedAt = now;
    }

    /// <summary>Wrap-up done: the agent is free again (or leaves).</summary>
    public void Free(SimulatedAgent agent, double now)
    {
        _statistics.AgentFreed(TimeSpan.FromSeconds(agent.TalkSeconds), TimeSpan.FromSeconds(agent.WrapSeconds), _clock.GetUtcNow());
        if (agent.Leaving) LogOff(agent, now);
        else MakeReady(agent, now);
    }

    /// <summary>Preview: the next ready agent is held for the call it dials.</summary>
    public SimulatedAgent? Reserve()
    {
        var agent = TakeReady();
        if (agent is not null) agent.State = AgentState.Reserved;
        return agent;
    }

    /// <summary>Preview: the agent's call did not reach a person; the agent is ready again, still idle since before.</summary>
    public void Release(SimulatedAgent agent, double now)
    {
        if (agent.Leaving) { LogOff(agent, now); return; }
        var idleSince = agent.ReadySince;
        MakeReady(agent, now);
        agent.ReadySince = idleSince;
    }

    public SimulatedAgent? TakeReady()
    {
        while (_ready.TryDequeue(out var entry))
        {
            var agent = entry.Agent;
            if (entry.Version != agent.Version || !agent.LoggedIn || agent.State != AgentState.Ready) continue;
            agent.Version++;
            return agent;
        }
        return null;
    }

    public void Wait(SimulatedCall call) => _waiting.Enqueue(call);

    /// <summary>Connects the oldest waiting live answer to a ready agent, if there are both.</summary>
    public Connection? MatchWaiting(double now)
    {
        while (_waiting.TryPeek(out var call) && call.Done) _waiting.Dequeue();
        if (_waiting.Count == 0 || _ready.Count == 0) return null;
        var agent = TakeReady();
        return agent is null ? null : Connect(agent, _waiting.Dequeue(), now);
    }

    public Connection Connect(SimulatedAgent agent, SimulatedCall call, double now)
    {
        var talk = _scenario.TalkSeconds.Sample(_random);
        var wrap = _scenario.WrapSeconds.Sample(_random);
        agent.State = AgentState.Talking;
        agent.ConnectedAt = now;
        agent.TalkSeconds = talk;
        agent.WrapSeconds = wrap;
        _statistics.AgentConnected(_clock.GetUtcNow());
        _metrics.Connected++;
        _metrics.AgentWaited(now - agent.ReadySince);
        _metrics.TalkSeconds += Math.Min(now + talk, _end) - now;
        _metrics.HandleSeconds += Math.Min(now + talk + wrap, _end) - now;
        return new Connection(agent, call, now + talk, now + talk + wrap);
    }

    private void MakeReady(SimulatedAgent agent, double now)
    {
        agent.State = AgentState.Ready;
        agent.ReadySince = now;
        _ready.Enqueue((agent, agent.Version));
    }

    private void LogOff(SimulatedAgent agent, double now)
    {
        agent.LoggedIn = false;
        agent.Leaving = false;
        agent.Version++;
        LoggedIn--;
        _metrics.LoggedInSeconds += Math.Max(0, Math.Min(now, _end) - Math.Max(agent.LoginAt, 0));
    }
}
