using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Engine;

public sealed partial class AgentGrain
{
    private IGrainTimer? checkpoint, presenceRefresh;

    /// <summary>
    /// After a command: when the state moved, journal the span just left, publish the board and tell the campaigns;
    /// checkpoint when asked (commands people give; not the call events, which a restart loses with the call anyway).
    /// </summary>
    private async Task<CommandOutcome> ApplyAsync(AgentCommandResult result, bool persist, bool force = false)
    {
        if (!result.Accepted) return CommandOutcome.Refused(result.Reason ?? "Refused.");
        var moved = session.State != S.State || session.StateSince != S.Since || session.PauseReason != S.PauseReason;
        if (moved) JournalSpan();
        S.State = session.State;
        S.Since = session.StateSince;
        S.PauseReason = session.PauseReason;
        if (moved || force)
        {
            engine.Feed.Publish(Board(Now));
            Announce();
            KeepPresenceFresh();
        }
        if (persist && (moved || force)) ScheduleCheckpoint();
        return CommandOutcome.Done;
    }

    /// <summary>
    /// Checkpoints a moment later rather than in the command's turn: a campaign offering a live call to this agent
    /// must not wait behind a database write. A crash loses at most that moment (the call goes with it anyway).
    /// </summary>
    private void ScheduleCheckpoint()
    {
        if (checkpoint is not null) return;
        checkpoint = this.RegisterGrainTimer(async () =>
        {
            checkpoint?.Dispose();
            checkpoint = null;
            await state.WriteStateAsync();
        }, new GrainTimerCreationOptions(TimeSpan.FromMilliseconds(500), Timeout.InfiniteTimeSpan));
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (checkpoint is null) return;
        checkpoint.Dispose();
        checkpoint = null;
        await state.WriteStateAsync(cancellationToken);
    }

    private void JournalSpan()
    {
        if (!state.RecordExists && S.Since == default) return;
        var campaign = S.Call?.CampaignId ?? (S.Campaigns.Count > 0 ? S.Campaigns[0] : (long?)null);
        if (session.StateSince > S.Since)
            engine.Journal.Add(new AgentStateSpan(Id, StoredName(S.State), S.PauseReason, S.Since, session.StateSince, campaign));
    }

    /// <summary>While logged in, re-announces on a timer that does not keep the grain alive; stops at log-out.</summary>
    private void KeepPresenceFresh()
    {
        var loggedIn = session.State != AgentState.LoggedOut;
        if (loggedIn == presenceRefresh is not null || engine.Options.PresenceRefreshSeconds <= 0) return;
        if (!loggedIn)
        {
            presenceRefresh!.Dispose();
            presenceRefresh = null;
            return;
        }
        var period = TimeSpan.FromSeconds(engine.Options.PresenceRefreshSeconds);
        presenceRefresh = this.RegisterGrainTimer(AnnounceAsync, new GrainTimerCreationOptions(period, period) { KeepAlive = false });
    }

    private void Announce()
    {
        for (var i = 0; i < S.Campaigns.Count; i++)
            _ = Campaign(S.Campaigns[i]).AgentChangedAsync(Presence(StateFor(S.Campaigns[i]), session.StateSince, S.Campaigns.Count - i));
    }

    private AgentPresence Presence(AgentState state, DateTimeOffset since, int priority) =>
        new(Id, state, since, priority, S.Skills, activation, ++announcements);

    // An agent reading one campaign's preview is busy for the others: their pacers must not count on it.
    private AgentState StateFor(long campaignId) =>
        session.State == AgentState.Ready && S.Preview is { } preview && preview.CampaignId != campaignId ? AgentState.Reserved : session.State;

    private ICampaignCalls Campaign(long id) => GrainFactory.GetGrain<ICampaignCalls>(id);

    private AgentBoard Board(DateTimeOffset now)
    {
        RollDay(now);
        return new AgentBoard(Id, session.State.ToString(), session.StateSince, session.PauseReason, S.Call, S.Campaigns.ToList(),
            new AgentDayFigures(S.Calls, S.Talk, S.Wait, S.WrapUp), now, S.Preview, S.PreviewNote);
    }

    /// <summary>Today's figures start again at midnight UTC.</summary>
    private void RollDay(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (S.Day == today) return;
        S.Day = today;
        (S.Calls, S.Talk, S.Wait, S.WrapUp) = (0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
    }

    /// <summary>logged_out, ready, reserved, on_call, wrap_up, paused.</summary>
    public static string StoredName(AgentState state) => state switch
    {
        AgentState.LoggedOut => "logged_out",
        AgentState.OnCall => "on_call",
        AgentState.WrapUp => "wrap_up",
        _ => state.ToString().ToLowerInvariant(),
    };
}
