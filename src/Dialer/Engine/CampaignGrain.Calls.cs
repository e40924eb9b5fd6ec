using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Retries;
using Outreach.Dialer.Routing;
using Outreach.Telephony;
using RoutingAgentState = Outreach.Dialer.Routing.AgentState;

namespace Outreach.Dialer.Engine;

public sealed partial class CampaignGrain
{
    public async Task OnCallEventAsync(CallEventMessage message)
    {
        if (!calls.TryGetValue(message.AttemptId, out var call))
        {
            // A call this activation does not know (its attempt was already closed): keep the first outcome only.
            if (message is { Kind: CallEventKind.Completed, Outcome: { } lateOutcome })
                engine.Journal.Add(new AttemptOutcome(message.AttemptId, lateOutcome.ToStoredName(), null, null, null, message.At, null));
            return;
        }
        switch (message.Kind)
        {
            case CallEventKind.Answered:
                await AnsweredAsync(call, message);
                break;
            case CallEventKind.Completed:
                await FinishAsync(call, message.Outcome ?? NetworkOutcome.Failed, message.At);
                break;
        }
    }

    private async Task AnsweredAsync(LiveCall call, CallEventMessage message)
    {
        call.AnsweredAt = message.AnsweredAt;
        call.Class = message.Class;
        call.GreetingEndedAt = message.At;
        var sinceLaunch = message.At - call.PlacedAt;
        if (message.Class is AnswerClass.Human or AnswerClass.Unknown)
        {
            statistics.HumanAnswered(sinceLaunch, message.At);
            counts = counts with { HumanAnswers = counts.HumanAnswers + 1 };
            call.Phase = LiveCallPhase.WaitingForAgent;
            call.ConnectBy = setup!.Deadline.DueAt(message.At);
            // Preview: the agent who called waits on the line for this answer.
            if (call.PreviewAgentId is { } caller && await ConnectAsync(new AgentReservation(call.CallId!, Id, caller))) return;
            OfferToRouter(call);
            await RouteAsync(Now);
            return;
        }
        statistics.MachineDetected(sinceLaunch, message.At);
        counts = counts with { Machines = counts.Machines + 1 };
        call.Phase = LiveCallPhase.Closing;
        if (message.Class == AnswerClass.Machine && setup!.LeavesMessageOnMachines
            && await engine.Network.PlayPromptAsync(call.CallId!, setup.Settings.MachineMessage, CancellationToken.None))
            call.ConnectResult = ConnectResult.MessageLeft;
        await engine.Network.HangUpAsync(call.CallId!, CancellationToken.None);
    }

    private WaitingCall Waiting(LiveCall call) => new(call.CallId!, Id, call.GreetingEndedAt!.Value, call.ConnectBy!.Value, call.Language);

    /// <summary>Abandons the live answers past their limit and hands the rest to the longest-idle ready agents.</summary>
    private async Task RouteAsync(DateTimeOffset now)
    {
        for (var pass = 0; pass < 3 && router.WaitingCalls > 0; pass++)
        {
            var result = router.Route(now);
            foreach (var waiting in result.Abandoned) await AbandonAsync(waiting.CallId, now);
            var retry = false;
            foreach (var reservation in result.Reserved) retry |= !await ConnectAsync(reservation);
            if (!retry) return;
        }
    }

    /// <summary>Offers the call to the reserved agent; false when the agent had become busy and the call waits again.</summary>
    private async Task<bool> ConnectAsync(AgentReservation reservation)
    {
        if (!attemptByCall.TryGetValue(reservation.CallId, out var attemptId) || !calls.TryGetValue(attemptId, out var call)
            || call.Phase != LiveCallPhase.WaitingForAgent)
        {
            router.Release(reservation.CallId);
            return true;
        }
        var readySince = agents.TryGetValue(reservation.AgentId, out var presence) ? presence.Since : call.GreetingEndedAt!.Value;
        var offer = new AgentCall(call.CallId!, call.AttemptId, Id, call.SubscriberId, call.Phone, Now, null);
        var result = await GrainFactory.GetGrain<IAgentCalls>(reservation.AgentId).TakeCallAsync(offer);
        var now = Now;
        if (result == TakeCallResult.Connected)
        {
            router.Connected(call.CallId!);
            call.Phase = LiveCallPhase.Connected;
            call.ConnectResult = ConnectResult.Connected;
            call.AgentId = reservation.AgentId;
            statistics.AgentConnected(now);
            if (readySince > call.GreetingEndedAt) CountWait(call, now);
            monitor!.RecordLiveAnswer(call.GreetingEndedAt!.Value, abandoned: false);
            counts = counts with { Connected = counts.Connected + 1 };
            engine.Metrics.Connected(call.GreetingEndedAt.Value, readySince, now);
            return true;
        }
        router.Release(call.CallId!);
        if (result == TakeCallResult.CustomerGone) return true;
        router.NotReady(reservation.AgentId);
        if (call.Phase == LiveCallPhase.WaitingForAgent) OfferToRouter(call);
        return false;
    }

    /// <summary>A live answer found no agent ready: it counts for the wait goal, the board and the stored outcome.</summary>
    private void CountWait(LiveCall call, DateTimeOffset now)
    {
        call.WaitedForAgent = true;
        statistics.AnswerWaited(now);
        counts = counts with { Waited = counts.Waited + 1 };
    }

    private async Task AbandonAsync(string callId, DateTimeOffset now)
    {
        if (!attemptByCall.TryGetValue(callId, out var attemptId) || !calls.TryGetValue(attemptId, out var call)) return;
        call.Phase = LiveCallPhase.Closing;
        call.ConnectResult = ConnectResult.Abandoned;
        statistics.Abandoned(now);
        CountWait(call, now);
        monitor!.RecordLiveAnswer(call.GreetingEndedAt!.Value, abandoned: true);
        counts = counts with { Abandoned = counts.Abandoned + 1 };
        await engine.Network.PlayPromptAsync(callId, setup!.Settings.AbandonMessage, CancellationToken.None);
        await engine.Network.HangUpAsync(callId, CancellationToken.None);
    }

    /// <summary>The call is over: its outcome is journaled and its entry is retried, finished, or left for the agent's disposition.</summary>
    private Task FinishAsync(LiveCall call, NetworkOutcome outcome, DateTimeOffset endedAt)
    {
        calls.TryRemove(call.AttemptId, out _);
        if (call.CallId is { } callId) attemptByCall.Remove(callId);
        if (call.Phase == LiveCallPhase.WaitingForAgent)
        {
            router.Withdraw(call.CallId!);
            call.ConnectResult = ConnectResult.CustomerHungUpFirst;
            call.WaitedForAgent = true;
        }
        if (call.AnsweredAt is null) statistics.RingingEnded(endedAt - call.PlacedAt, answered: false, endedAt);
        if (call.AgentId is { } agentId) _ = GrainFactory.GetGrain<IAgentCalls>(agentId).CallEndedAsync(call.CallId!, endedAt);
        EndPreviewCall(call, outcome);
        engine.Journal.Add(new AttemptOutcome(call.AttemptId, outcome.ToStoredName(), call.Class?.ToStoredName(),
            call.ConnectResult?.ToStoredName(), call.AnsweredAt, endedAt, call.AgentId,
            call.GreetingEndedAt is null ? null : call.WaitedForAgent));
        var cause = RetryPolicy.CauseOf(outcome, call.Class, call.ConnectResult);
        if (cause is null && call.ConnectResult == ConnectResult.Connected) awaitingDisposition[call.AttemptId] = call;
        else if (cause is null) engine.Journal.Add(new EntryMove(call.AttemptId, "done", null));
        else MoveEntry(call, new FinishedAttempt(cause.Value, endedAt, RetryCauses.Count(call.PastResults, cause.Value), call.AttemptNumber));
        return Task.CompletedTask;
    }

    private void MoveEntry(LiveCall call, FinishedAttempt finished)
    {
        var decision = setup!.Retries.Next(finished);
        engine.Journal.Add(decision.IsDone
            ? new EntryMove(call.AttemptId, "done", null)
            : new EntryMove(call.AttemptId, "retry", decision.NextAttemptAt, decision.PreferredAgentId));
    }

    public Task CallClosedAsync(ClosedCall closed)
    {
        engine.Journal.Add(new AttemptDisposition(closed.AttemptId, closed.DispositionCode, closed.Notes, closed.AgentId));
        statistics.AgentFreed(closed.Talk, closed.WrapUp, closed.At);
        awaitingDisposition.Remove(closed.AttemptId, out var call);
        if (closed.CallbackAt is { } at && setup is not null)
        {
            var callback = new CallbackRequest(at, closed.CallbackToSameAgent ? closed.AgentId : null);
            var past = call?.PastResults ?? [];
            MoveEntry(call ?? PlaceholderFor(closed.AttemptId),
                new FinishedAttempt(RetryCause.Callback, closed.At, 0, call?.AttemptNumber ?? past.Count + 1, callback));
        }
        else
        {
            engine.Journal.Add(new EntryMove(closed.AttemptId, "done", null));
        }
        return Task.CompletedTask;
    }

    // The grain came back between the end of the call and the disposition: only the attempt id is needed to move the entry.
    private LiveCall PlaceholderFor(long attemptId) => new()
    {
        AttemptId = attemptId, CampaignId = Id, EntryId = 0, AttemptNumber = 1, SubscriberId = 0, Phone = "", PlacedAt = Now,
    };

    public async Task AgentChangedAsync(AgentPresence presence)
    {
        // A state overtaken by a later one of the same agent (one-way messages may cross) is dropped.
        if (presence.IsOlderThan(lastPresence.GetValueOrDefault(presence.AgentId))) return;
        lastPresence[presence.AgentId] = presence;
        if (presence.State != RoutingAgentState.Ready) DropPreview(presence.AgentId);
        if (presence.State == RoutingAgentState.LoggedOut)
        {
            agents.Remove(presence.AgentId);
            router.NotReady(presence.AgentId);
            dirty |= state.State.Agents.Remove(presence.AgentId);
            return;
        }
        if (!agents.ContainsKey(presence.AgentId)) router.Assign(presence.AgentId, [new CampaignAssignment(Id, presence.Priority)]);
        router.SetSkills(presence.AgentId, presence.Skills ?? []);
        agents[presence.AgentId] = presence;
        if (presence.State == RoutingAgentState.Ready) router.Ready(presence.AgentId, presence.Since);
        else router.NotReady(presence.AgentId);
        dirty |= state.State.Agents.Add(presence.AgentId);
        if (router.WaitingCalls > 0) await RouteAsync(Now);
    }
}
