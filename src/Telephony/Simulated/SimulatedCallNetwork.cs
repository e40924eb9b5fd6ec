namespace Outreach.Telephony.Simulated;

/// <summary>
/// A call network that draws each call's fate from a seeded scenario and plays it out on a
/// <see cref="TimeProvider"/>: virtual time in tests and the simulator, real time in demos. Thread-safe.
/// </summary>
public sealed class SimulatedCallNetwork : ICallNetwork
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SimulatedCall> calls = [];
    private readonly SimulatedNetworkScenario scenario;
    private readonly TimeProvider time;
    private readonly Random random;
    private readonly CallEventDispatcher dispatcher;
    private readonly Queue<PlayedPrompt> prompts = new();
    private long nextId;

    /// <summary>How many played prompts <see cref="PromptsPlayed"/> keeps (the newest), so a long demo stays bounded.</summary>
    public const int PromptsKept = 1_000;

    public SimulatedCallNetwork(SimulatedNetworkScenario scenario, TimeProvider time, Random random,
        Action<Exception>? onSubscriberError = null)
    {
        var problems = scenario.Problems();
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems), nameof(scenario));
        (this.scenario, this.time, this.random) = (scenario, time, random);
        dispatcher = new CallEventDispatcher(onSubscriberError);
    }

    /// <summary>Calls placed and not yet completed.</summary>
    public int LiveCalls { get { lock (gate) return calls.Count; } }

    public Task<string> PlaceCallAsync(CallRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var fate = CallFate.Draw(scenario, random);
            fate = RefusedByNetwork(request) is { } refusal
                ? fate with { Outcome = refusal, Class = null, EndOrAnswerAfter = TimeSpan.FromSeconds(scenario.FailFastSeconds) }
                : fate;
            var call = new SimulatedCall($"sim-{++nextId}", request, fate);
            calls.Add(call.Id, call);
            if (fate.Rings) call.Schedule(time, fate.RingingAfter, OnTimer);
            else call.Schedule(time, fate.EndOrAnswerAfter, OnTimer);
            return Task.FromResult(call.Id);
        }
    }

    /// <summary>The prompts played on live calls, oldest first (at most <see cref="PromptsKept"/>): what subscribers heard.</summary>
    public IReadOnlyList<PlayedPrompt> PromptsPlayed { get { lock (gate) return [.. prompts]; } }

    public Task<bool> PlayPromptAsync(string callId, string prompt, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!calls.TryGetValue(callId, out var call) || !call.IsAnswered) return Task.FromResult(false);
            if (prompts.Count == PromptsKept) prompts.Dequeue();
            prompts.Enqueue(new PlayedPrompt(callId, call.Request.AttemptId, call.Request.CampaignId, prompt, time.GetUtcNow(), call.GreetingEndedAt));
            return Task.FromResult(true);
        }
    }

    public Task<bool> BridgeToAgentAsync(string callId, string agentLegId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!calls.TryGetValue(callId, out var call) || call.Phase != SimulatedCallPhase.Answered)
                return Task.FromResult(false);
            call.Phase = SimulatedCallPhase.Bridged;
            call.Schedule(time, call.Fate.TalkTime, OnTimer);
            return Task.FromResult(true);
        }
    }

    public Task HangUpAsync(string callId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (calls.TryGetValue(callId, out var call))
            {
                var outcome = call.AnsweredAt is null ? NetworkOutcome.NoAnswer : NetworkOutcome.Answered;
                Complete(call, outcome, endedByCustomer: false);
            }
        }
        dispatcher.Drain();
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(ICallEvents subscriber) => dispatcher.Add(subscriber);

    private void OnTimer(object? state)
    {
        var (call, step) = ((SimulatedCall, int))state!;
        lock (gate)
        {
            if (call.Step == step && call.Phase != SimulatedCallPhase.Done) Advance(call);
        }
        dispatcher.Drain();
    }

    private void Advance(SimulatedCall call)
    {
        var fate = call.Fate;
        switch (call.Phase)
        {
            case SimulatedCallPhase.Dialling when fate.Rings:
                call.Phase = SimulatedCallPhase.Ringing;
                Publish(call, (id, a, c, at) => new CallRinging(id, a, c, at));
                call.Schedule(time, fate.EndOrAnswerAfter - fate.RingingAfter, OnTimer);
                break;
            case SimulatedCallPhase.Ringing when fate.Outcome == NetworkOutcome.Answered:
                call.Phase = SimulatedCallPhase.Classifying;
                call.AnsweredAt = time.GetUtcNow();
                call.Schedule(time, fate.ClassificationTime, OnTimer);
                break;
            case SimulatedCallPhase.Classifying:
                call.Phase = SimulatedCallPhase.Answered;
                call.GreetingEndedAt = time.GetUtcNow();
                var answeredAt = call.AnsweredAt!.Value;
                Publish(call, (id, a, c, at) => new CallAnswered(id, a, c, at, fate.Class!.Value, answeredAt));
                call.Schedule(time, fate.UnattendedHangUp, OnTimer);
                break;
            case SimulatedCallPhase.Answered or SimulatedCallPhase.Bridged:
                Complete(call, NetworkOutcome.Answered, endedByCustomer: true);
                break;
            default:
                Complete(call, fate.Outcome, endedByCustomer: false);
                break;
        }
    }

    private void Complete(SimulatedCall call, NetworkOutcome outcome, bool endedByCustomer)
    {
        call.Finish();
        calls.Remove(call.Id);
        Publish(call, (id, a, c, at) => new CallCompleted(id, a, c, at, outcome, endedByCustomer));
    }

    private void Publish(SimulatedCall call, Func<string, long, long, DateTimeOffset, CallEvent> create) =>
        dispatcher.Enqueue(create(call.Id, call.Request.AttemptId, call.Request.CampaignId, time.GetUtcNow()));

    private static NetworkOutcome? RefusedByNetwork(CallRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.CallerId)) return NetworkOutcome.Rejected;
        return E164.IsValid(request.To) ? null : NetworkOutcome.Invalid;
    }
}
