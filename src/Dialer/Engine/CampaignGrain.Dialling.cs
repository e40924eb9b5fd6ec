using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;
using Outreach.Dialer.Pacing;
using Outreach.Telephony;
using PacingAgentState = Outreach.Dialer.Pacing.AgentState;
using RoutingAgentState = Outreach.Dialer.Routing.AgentState;

namespace Outreach.Dialer.Engine;

public sealed partial class CampaignGrain
{
    /// <summary>
    /// One pacing tick: abandon the live answers past their limit and route the rest, check the abandon rate
    /// (pausing the campaign when the last hour is too high), place what the pacer asks for, keep the hopper
    /// filled, publish the board once a second. A tick that is still running makes the next one a no-op.
    /// </summary>
    public async Task TickAsync()
    {
        if (ticking || setup is null) return;
        ticking = true;
        try
        {
            var now = Now;
            await RouteAsync(now);
            if (Status == CampaignStatus.Running && !await PauseWhenAbandonsTooHighAsync(now))
            {
                if (Previewing) await OfferPreviewsAsync(now);
                else await DialAsync(now);
                if (hopper.Count <= engine.Options.HopperBatch / 4) await RefillAsync(now);
            }
            if (Status != CampaignStatus.Running || !Previewing) WithdrawPreviews();
            if (now - lastBoardAt >= TimeSpan.FromSeconds(1)) PublishBoard(now);
            if (dirty) await SaveAsync();
            StopTimerWhenIdle();
        }
        finally
        {
            ticking = false;
        }
    }

    private async Task<bool> PauseWhenAbandonsTooHighAsync(DateTimeOffset now)
    {
        var status = monitor!.Evaluate(now);
        if (!status.PauseRequired) return false;
        state.State.Alert = status.Alert;
        await MoveAsync("engine", CampaignStatus.Paused, "auto-pause", status.Alert);
        return true;
    }

    private async Task DialAsync(DateTimeOffset now)
    {
        var wanted = Math.Min(pacer!.CallsToLaunch(Snapshot(now)), engine.Options.MaxCallsPerTick);
        if (wanted <= 0) return;
        var allowed = TakeAllowed(wanted, now);
        if (allowed.Count == 0) return;
        var claimed = await engine.Attempts.ClaimBatchAsync(Id, allowed.Select(e => (e.EntryId, e.AttemptsMade + 1)).ToList(), now, CancellationToken.None);
        var byEntry = allowed.ToDictionary(e => e.EntryId);
        foreach (var attempt in claimed) await PlaceAsync(attempt, byEntry[attempt.EntryId], now);
    }

    /// <summary>Up to <paramref name="wanted"/> hopper entries the compliance gate allows now; the refused ones are deferred or excluded.</summary>
    private List<HopperEntry> TakeAllowed(int wanted, DateTimeOffset now)
    {
        var context = ComplianceContext.WithoutDoNotCall(now, setup!.Profile); // the hopper's read and the claim leave DNC out
        var (allowed, refused) = hopper.Take(wanted, e => ComplianceGate.Check(Hopper.Candidate(e, Id, setup.Campaign.CallerId), context));
        foreach (var (entry, verdict) in refused)
            engine.Journal.Add(new EntryDeferral(entry.EntryId, entry.AttemptsMade, verdict.RetryAfter is null ? "excluded" : "retry", verdict.RetryAfter));
        return allowed;
    }

    private async Task<LiveCall> PlaceAsync(ClaimedAttempt attempt, HopperEntry entry, DateTimeOffset now, int? previewAgentId = null)
    {
        var call = new LiveCall
        {
            AttemptId = attempt.Id, CampaignId = Id, EntryId = entry.EntryId, AttemptNumber = attempt.AttemptNumber,
            SubscriberId = entry.SubscriberId, Phone = entry.Phone, PlacedAt = now, PastResults = entry.PastResults,
            PreviewAgentId = previewAgentId, Language = entry.Language,
        };
        calls[attempt.Id] = call;
        statistics.CallPlaced(now);
        counts = counts with { Placed = counts.Placed + 1 };
        try
        {
            call.CallId = await engine.Network.PlaceCallAsync(
                new CallRequest(attempt.Id, entry.Phone, setup!.Campaign.CallerId ?? "", Id), CancellationToken.None);
            attemptByCall[call.CallId] = attempt.Id;
        }
        catch (Exception ex)
        {
            LogPlaceFailed(logger, ex, Id, attempt.Id);
            await FinishAsync(call, NetworkOutcome.Failed, Now);
        }
        return call;
    }

    private async Task RefillAsync(DateTimeOffset now)
    {
        if (refilling) return;
        refilling = true;
        try
        {
            var held = hopper.Ids.Concat(calls.Values.Select(c => c.EntryId)).Concat(previews.Values.Select(p => p.EntryId)).ToList();
            var batch = await engine.Hopper.NextDueAsync(Id, held,
                now, engine.Options.HopperBatch, CancellationToken.None);
            hopper.Add(batch);
            if (now - lastCountAt >= TimeSpan.FromSeconds(5) || batch.Count == 0)
            {
                lastCountAt = now;
                contactsLeft = await engine.Hopper.ContactsLeftAsync(Id, CancellationToken.None);
            }
        }
        finally
        {
            refilling = false;
        }
    }

    private PacingSnapshot Snapshot(DateTimeOffset now)
    {
        var team = new List<AgentSnapshot>(agents.Count);
        foreach (var agent in agents.Values)
            if (PacingStateOf(agent.State) is { } pacing) team.Add(new AgentSnapshot(pacing, now - agent.Since));
        var inFlight = new List<CallInFlight>(calls.Count);
        foreach (var call in calls.Values)
        {
            if (call.Phase == LiveCallPhase.Dialling) inFlight.Add(new CallInFlight(CallPhase.Dialing, now - call.PlacedAt));
            else if (call.Phase == LiveCallPhase.WaitingForAgent) inFlight.Add(new CallInFlight(CallPhase.WaitingForAgent, now - call.PlacedAt));
        }
        return new PacingSnapshot { Agents = team, Calls = inFlight, Statistics = statistics };
    }

    // Paused agents take no calls: the pacer counts only agents who are or will soon be free.
    private static PacingAgentState? PacingStateOf(RoutingAgentState state) => state switch
    {
        RoutingAgentState.Ready => PacingAgentState.Ready,
        RoutingAgentState.Reserved or RoutingAgentState.OnCall => PacingAgentState.Talking,
        RoutingAgentState.WrapUp => PacingAgentState.WrapUp,
        _ => null,
    };

    private void PublishBoard(DateTimeOffset now)
    {
        lastBoardAt = now;
        engine.Feed.Publish(Board(now));
    }

    private CampaignBoard Board(DateTimeOffset now)
    {
        if (setup is null)
            return new CampaignBoard(Id, "", "missing", "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, new Dictionary<string, int>(), null, now);
        var abandon = monitor!.Evaluate(now);
        var byState = agents.Values.GroupBy(a => a.State.ToString()).ToDictionary(g => g.Key, g => g.Count());
        return new CampaignBoard(Id, setup.Campaign.Name, Status, setup.Campaign.DialingMode, setup.Campaign.TargetAbandonRate,
            counts.Placed, calls.Count, counts.HumanAnswers, counts.Machines, counts.Connected, counts.Abandoned,
            abandon.Rolling.Rate, abandon.LastHour.Rate, DialLevel(), contactsLeft, byState, state.State.Alert, now,
            counts.WaitRate, setup.Pacing.TargetWaitRate);
    }

    /// <summary>Lines in use per working agent: calls not yet with an agent plus agents on a call, over agents not paused.</summary>
    private double DialLevel()
    {
        var working = agents.Values.Count(a => PacingStateOf(a.State) is not null);
        if (working == 0) return 0;
        var busy = working - agents.Values.Count(a => a.State == RoutingAgentState.Ready);
        var unconnected = calls.Values.Count(c => c.Phase is LiveCallPhase.Dialling or LiveCallPhase.WaitingForAgent);
        return Math.Round((double)(unconnected + busy) / working, 2);
    }

    [Microsoft.Extensions.Logging.LoggerMessage(Level = Microsoft.Extensions.Logging.LogLevel.Error, Message = "Campaign {CampaignId}: placing attempt {AttemptId} failed")]
    private static partial void LogPlaceFailed(Microsoft.Extensions.Logging.ILogger logger, Exception ex, long campaignId, long attemptId);
}
