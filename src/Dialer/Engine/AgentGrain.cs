using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Retries;
using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Engine;

/// <summary>
/// One agent's shift: the <see cref="AgentSession"/> state machine, the campaigns served by priority, the held call,
/// state durations (journaled as spans) and today's figures. Every change is published on the feed and told to the
/// agent's campaigns, which route live answers to it. It never waits on a campaign grain (those messages are one-way),
/// so a campaign may wait on it while offering a call.
/// </summary>
public sealed partial class AgentGrain(
    [PersistentState("agent", EngineStorage.Name)] IPersistentState<AgentGrainState> state,
    EngineServices engine) : Grain, IAgentGrain, IAgentCalls
{
    private AgentSession session = null!;
    // Orders this activation's announcements (AgentPresence.Sequence).
    private readonly Guid activation = Guid.NewGuid();
    private long announcements;

    private int Id => (int)this.GetPrimaryKeyLong();
    private DateTimeOffset Now => engine.Clock.Now;
    private AgentGrainState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        session = state.RecordExists
            ? AgentSession.Restore(Id, S.State, S.Since, S.PauseReason, S.Call?.CallId ?? S.Preview?.CallId)
            : new AgentSession(Id, Now);
        KeepPresenceFresh();
        return Task.CompletedTask;
    }

    public async Task<CommandOutcome> LogInAsync(IReadOnlyList<long> campaignIds)
    {
        var wanted = campaignIds.Distinct().ToList();
        if (wanted.Count == 0) return CommandOutcome.Refused("Choose at least one campaign to log in to.");
        foreach (var id in wanted)
        {
            var campaign = await engine.Campaigns.GetAsync(id, CancellationToken.None);
            if (campaign is null) return CommandOutcome.Refused($"Campaign {id} does not exist.");
            if (campaign.Status == CampaignStatus.Finished) return CommandOutcome.Refused($"Campaign '{campaign.Name}' is finished.");
        }
        if (session.CallId is not null && !wanted.SequenceEqual(S.Campaigns))
            return CommandOutcome.Refused($"Finish call {session.CallId} before changing campaigns.");
        var left = S.Campaigns.Except(wanted).ToList();
        S.Campaigns = wanted;
        S.Skills = [.. await engine.Users.SkillsAsync(Id, CancellationToken.None)];
        // A card from a campaign left behind would keep the agent from the new campaigns' calls.
        if (S.Preview is { CallId: null } shown && !wanted.Contains(shown.CampaignId)) S.Preview = null;
        foreach (var id in left) _ = Campaign(id).AgentChangedAsync(Presence(AgentState.LoggedOut, Now, 0));
        return await ApplyAsync(session.LogIn(Now), persist: true, force: true);
    }

    public Task<CommandOutcome> ReadyAsync() => ApplyAsync(session.SetReady(Now), persist: true);

    public Task<CommandOutcome> PauseAsync(string reason) => ApplyAsync(LeavePreview(session.Pause(reason, Now)), persist: true);

    public async Task<CommandOutcome> LogOutAsync()
    {
        var outcome = await ApplyAsync(LeavePreview(session.LogOut(Now)), persist: true);
        if (outcome.Ok && session.State == AgentState.LoggedOut) S.Campaigns = [];
        return outcome;
    }

    public async Task<CommandOutcome> HangUpAsync(string callId)
    {
        if (session.State != AgentState.OnCall || session.CallId != callId) return CommandOutcome.Done; // a repeat or a late click
        await engine.Network.HangUpAsync(callId, CancellationToken.None);
        return await ApplyAsync(EndCall(callId, Now), persist: false);
    }

    public async Task<CommandOutcome> SetDispositionAsync(DispositionRequest request)
    {
        var now = Now;
        if (request.CallbackAt is { } at && RetryPolicy.Default.ProblemWithCallback(new CallbackRequest(at), now) is { } problem)
            return CommandOutcome.Refused(problem);
        var call = S.Call;
        var talkEnded = S.TalkEndedAt ?? now;
        var result = session.RecordDisposition(request.CallId, request.DispositionCode, now, request.ThenPauseReason);
        if (!result.Accepted || call is null) return await ApplyAsync(result, persist: false);
        var talk = talkEnded - call.ConnectedAt;
        S.WrapUp += now - talkEnded;
        _ = Campaign(call.CampaignId).CallClosedAsync(new ClosedCall(call.AttemptId, Id, request.DispositionCode.Trim(), request.Notes,
            request.CallbackAt, request.CallbackToSameAgent, talk, now - talkEnded, now));
        S.Call = null;
        S.TalkEndedAt = null;
        return await ApplyAsync(result, persist: true);
    }

    public Task<AgentBoard> GetBoardAsync() => Task.FromResult(Board(Now));

    public async Task<TakeCallResult> TakeCallAsync(AgentCall call)
    {
        var now = Now;
        var waitedSince = session.IdleSince;
        if (S.Preview is { } preview && preview.CallId != call.CallId) return TakeCallResult.AgentBusy; // reading or calling a preview
        if (!session.Reserve(call.CallId, now).Accepted || session.State != AgentState.Reserved) return TakeCallResult.AgentBusy;
        if (!await engine.Network.BridgeToAgentAsync(call.CallId, $"agent-{Id}", CancellationToken.None))
        {
            session.Release(call.CallId, Now);
            await ApplyAsync(AgentCommandResult.Ok, persist: false, force: true);
            return TakeCallResult.CustomerGone;
        }
        now = Now;
        session.Connect(call.CallId, now);
        RollDay(now);
        S.Call = call with { ConnectedAt = now };
        S.Preview = null;
        S.Calls++;
        if (waitedSince is { } since) S.Wait += now - since;
        await ApplyAsync(AgentCommandResult.Ok, persist: false, force: true);
        return TakeCallResult.Connected;
    }

    public Task CallEndedAsync(string callId, DateTimeOffset at) => ApplyAsync(EndCall(callId, at), persist: false);

    public Task AnnounceAsync()
    {
        if (session.State != AgentState.LoggedOut) Announce();
        return Task.CompletedTask;
    }

    private AgentCommandResult EndCall(string callId, DateTimeOffset at)
    {
        if (session.State != AgentState.OnCall || session.CallId != callId || S.Call is null) return AgentCommandResult.Ok;
        var ended = at > S.Call.ConnectedAt ? at : Now;
        S.Talk += ended - S.Call.ConnectedAt;
        S.TalkEndedAt = ended;
        S.Call = S.Call with { EndedAt = ended };
        return session.HangUp(callId, ended);
    }
}
