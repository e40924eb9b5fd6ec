namespace Outreach.Dialer.Routing;

/// <summary>
/// One agent's state machine (logged out, ready, reserved, on call, wrap-up, paused) with the time spent in
/// each state. Repeated commands (a second "ready", a second hang-up) are harmless; commands that do not fit
/// the state are refused with a reason the desktop can show. Not thread-safe: the agent grain owns it.
/// </summary>
public sealed class AgentSession(int agentId, DateTimeOffset createdAt)
{
    private readonly Dictionary<AgentState, TimeSpan> totals = [];

    public int AgentId { get; } = agentId;
    public AgentState State { get; private set; } = AgentState.LoggedOut;
    public DateTimeOffset StateSince { get; private set; } = createdAt;
    public string? PauseReason { get; private set; }

    /// <summary>The call the agent holds while reserved, on call or in wrap-up.</summary>
    public string? CallId { get; private set; }

    /// <summary>The disposition given to the last call the agent finished.</summary>
    public string? LastDisposition { get; private set; }

    /// <summary>Since when the agent has waited for a call; null unless ready.</summary>
    public DateTimeOffset? IdleSince => State == AgentState.Ready ? StateSince : null;

    /// <summary>A session as it was checkpointed (the agent grain came back): state, since when, reason and call.</summary>
    public static AgentSession Restore(int agentId, AgentState state, DateTimeOffset since, string? pauseReason, string? callId) =>
        new(agentId, since) { State = state, PauseReason = pauseReason, CallId = callId };

    public AgentCommandResult LogIn(DateTimeOffset now)
    {
        if (State != AgentState.LoggedOut) return AgentCommandResult.Ok;
        return Pause("Not ready yet", now);
    }

    public AgentCommandResult SetReady(DateTimeOffset now) => State switch
    {
        AgentState.Ready => AgentCommandResult.Ok,
        AgentState.Paused => Move(AgentState.Ready, now),
        AgentState.LoggedOut => AgentCommandResult.Refused("Log in before going ready."),
        AgentState.WrapUp => AgentCommandResult.Refused($"Give a disposition for call {CallId} first."),
        _ => AgentCommandResult.Refused($"Call {CallId} is in progress."),
    };

    public AgentCommandResult Pause(string reason, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason)) return AgentCommandResult.Refused("Say why you pause.");
        if (State is AgentState.Reserved or AgentState.OnCall or AgentState.WrapUp)
            return AgentCommandResult.Refused($"Finish call {CallId} before pausing.");
        var result = State == AgentState.Paused ? AgentCommandResult.Ok : Move(AgentState.Paused, now);
        PauseReason = reason.Trim();
        return result;
    }

    public AgentCommandResult Reserve(string callId, DateTimeOffset now)
    {
        if (State == AgentState.Reserved && CallId == callId) return AgentCommandResult.Ok;
        if (State != AgentState.Ready) return AgentCommandResult.Refused($"Agent {AgentId} is not ready ({State}).");
        CallId = callId;
        return Move(AgentState.Reserved, now);
    }

    /// <summary>The reserved call was bridged: the agent is talking.</summary>
    public AgentCommandResult Connect(string callId, DateTimeOffset now)
    {
        if (State == AgentState.OnCall && CallId == callId) return AgentCommandResult.Ok;
        if (State != AgentState.Reserved || CallId != callId) return NotHeld(callId);
        return Move(AgentState.OnCall, now);
    }

    /// <summary>The reserved call did not reach the agent (customer hung up first): back to ready.</summary>
    public AgentCommandResult Release(string callId, DateTimeOffset now)
    {
        if (State != AgentState.Reserved || CallId != callId) return AgentCommandResult.Ok;
        CallId = null;
        return Move(AgentState.Ready, now);
    }

    /// <summary>The call ended (either side hung up); a repeat or a late hang-up is harmless.</summary>
    public AgentCommandResult HangUp(string callId, DateTimeOffset now)
    {
        if (State != AgentState.OnCall || CallId != callId) return AgentCommandResult.Ok;
        return Move(AgentState.WrapUp, now);
    }

    /// <summary>Closes the held call with a disposition; the agent goes ready, or paused when a reason is given.</summary>
    public AgentCommandResult RecordDisposition(string callId, string dispositionCode, DateTimeOffset now, string? thenPauseReason = null)
    {
        if (State is not (AgentState.OnCall or AgentState.WrapUp) || CallId != callId) return NotHeld(callId);
        if (string.IsNullOrWhiteSpace(dispositionCode)) return AgentCommandResult.Refused("Choose a disposition.");
        if (thenPauseReason is not null && string.IsNullOrWhiteSpace(thenPauseReason))
            return AgentCommandResult.Refused("Say why you pause.");
        LastDisposition = dispositionCode;
        CallId = null;
        Move(thenPauseReason is null ? AgentState.Ready : AgentState.Paused, now);
        PauseReason = thenPauseReason?.Trim();
        return AgentCommandResult.Ok;
    }

    public AgentCommandResult LogOut(DateTimeOffset now)
    {
        if (State == AgentState.LoggedOut) return AgentCommandResult.Ok;
        if (CallId is not null) return AgentCommandResult.Refused($"Finish call {CallId} before logging out.");
        return Move(AgentState.LoggedOut, now);
    }

    /// <summary>Time spent in each state so far, the current one up to <paramref name="now"/>.</summary>
    public IReadOnlyDictionary<AgentState, TimeSpan> TimeInStates(DateTimeOffset now)
    {
        var result = Enum.GetValues<AgentState>().ToDictionary(s => s, s => totals.GetValueOrDefault(s));
        result[State] += now - StateSince;
        return result;
    }

    private AgentCommandResult NotHeld(string callId) => AgentCommandResult.Refused(CallId is null
        ? $"Agent {AgentId} holds no call, so call {callId} cannot be changed."
        : $"Agent {AgentId} holds call {CallId}, not call {callId}.");

    private AgentCommandResult Move(AgentState next, DateTimeOffset now)
    {
        if (now > StateSince) totals[State] = totals.GetValueOrDefault(State) + (now - StateSince);
        if (next != AgentState.Paused) PauseReason = null;
        State = next;
        StateSince = now > StateSince ? now : StateSince;
        return AgentCommandResult.Ok;
    }
}
