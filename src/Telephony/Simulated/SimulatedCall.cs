namespace Outreach.Telephony.Simulated;

/// <summary>The state of one call on the simulated network; guarded by the network's lock.</summary>
internal sealed class SimulatedCall(string id, CallRequest request, CallFate fate)
{
    public string Id { get; } = id;
    public CallRequest Request { get; } = request;
    public CallFate Fate { get; } = fate;
    public SimulatedCallPhase Phase { get; set; } = SimulatedCallPhase.Dialling;
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>When classification ended (the answered event): the connect limit runs from here.</summary>
    public DateTimeOffset? GreetingEndedAt { get; set; }

    /// <summary>Bumped on every step so that a timer from an earlier step does nothing.</summary>
    public int Step { get; private set; }

    private ITimer? timer;

    /// <summary>Replaces the pending timer with one for the next step.</summary>
    public void Schedule(TimeProvider time, TimeSpan after, TimerCallback callback)
    {
        timer?.Dispose();
        Step++;
        timer = time.CreateTimer(callback, (this, Step), after, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Stops the pending timer: the call is over.</summary>
    public void Finish()
    {
        timer?.Dispose();
        timer = null;
        Step++;
        Phase = SimulatedCallPhase.Done;
    }

    public bool IsAnswered => Phase is SimulatedCallPhase.Answered or SimulatedCallPhase.Bridged;
}

/// <summary>Where a simulated call is in its life.</summary>
internal enum SimulatedCallPhase
{
    Dialling,
    Ringing,
    Classifying,
    Answered,
    Bridged,
    Done,
}
