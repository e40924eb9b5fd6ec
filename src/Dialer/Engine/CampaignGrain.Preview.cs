using Microsoft.Extensions.Logging;
using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Pacing;
using Outreach.Telephony;
using RoutingAgentState = Outreach.Dialer.Routing.AgentState;

namespace Outreach.Dialer.Engine;

/// <summary>
/// Preview mode (D1): each ready agent is shown the next contact the gate allows; nothing is dialled until the agent
/// calls it, and that call is bound to the agent (a live answer goes to them, not to the longest-idle agent). A skipped
/// contact is tried again after <see cref="EngineOptions.PreviewSkipMinutes"/>; one left by a pause, a log-out, a
/// stopped campaign or a change of mode goes back to the hopper. Previews live in memory only: after a restart the
/// contacts are simply read again, and the agent's stale card is replaced by the next offer.
/// </summary>
public sealed partial class CampaignGrain
{
    // Agent id → the contact shown to that agent and not yet called.
    private readonly Dictionary<int, HopperEntry> previews = [];

    private bool Previewing => pacer?.Mode == DialingMode.Preview;

    private async Task OfferPreviewsAsync(DateTimeOffset now)
    {
        var waiting = agents.Values
            .Where(a => a.State == RoutingAgentState.Ready && !previews.ContainsKey(a.AgentId))
            .OrderBy(a => a.Since).Select(a => a.AgentId).ToList();
        foreach (var agentId in waiting)
        {
            if (TakeAllowed(1, now) is not [var entry]) return;
            previews[agentId] = entry; // before the await: a reentrant turn must not show it to anyone else
            if (await OfferAsync(agentId, entry, now)) continue;
            if (previews.Remove(agentId, out var back)) hopper.Add([back]);
        }
    }

    private async Task<bool> OfferAsync(int agentId, HopperEntry entry, DateTimeOffset now)
    {
        try
        {
            var contact = new PreviewContact(entry.EntryId, Id, entry.SubscriberId, entry.Phone, now);
            return await GrainFactory.GetGrain<IAgentCalls>(agentId).OfferPreviewAsync(contact);
        }
        catch (Exception ex)
        {
            LogPreviewOfferFailed(logger, Id, agentId, ex);
            return false;
        }
    }

    public async Task<PreviewDial> DialPreviewAsync(int agentId, long entryId)
    {
        if (!previews.TryGetValue(agentId, out var entry) || entry.EntryId != entryId)
            return PreviewDial.Refused("This contact is no longer yours to call; the next one is on its way.");
        if (Status != CampaignStatus.Running)
            return PreviewDial.Refused($"The campaign is {Status}: calls wait until it runs again.");
        previews.Remove(agentId);
        var now = Now;
        var claimed = await engine.Attempts.ClaimBatchAsync(Id, [(entry.EntryId, entry.AttemptsMade + 1)], now, CancellationToken.None);
        if (claimed.Count == 0)
            return PreviewDial.Refused("This number may not be called now (do-not-call list, or already called); the next contact is on its way.");
        var call = await PlaceAsync(claimed[0], entry, now, agentId);
        return call.CallId is { } callId && calls.ContainsKey(call.AttemptId)
            ? PreviewDial.Placed(callId)
            : PreviewDial.Refused("The call could not be placed; the contact will be tried again.");
    }

    public Task ReturnPreviewAsync(int agentId, long entryId, bool skipped)
    {
        if (!previews.TryGetValue(agentId, out var entry) || entry.EntryId != entryId) return Task.CompletedTask;
        previews.Remove(agentId);
        if (skipped)
            engine.Journal.Add(new EntryDeferral(entry.EntryId, entry.AttemptsMade, "retry", Now.AddMinutes(engine.Options.PreviewSkipMinutes)));
        else
            hopper.Add([entry]);
        return Task.CompletedTask;
    }

    /// <summary>An agent no longer ready (paused, logged out, taken by another campaign) leaves its contact.</summary>
    private void DropPreview(int agentId)
    {
        if (previews.Remove(agentId, out var entry)) hopper.Add([entry]);
    }

    /// <summary>Not running, or no longer in preview mode: every contact shown goes back and the agents are told.</summary>
    private void WithdrawPreviews()
    {
        if (previews.Count == 0) return;
        foreach (var (agentId, entry) in previews)
        {
            if (Status != CampaignStatus.Finished) hopper.Add([entry]);
            _ = GrainFactory.GetGrain<IAgentCalls>(agentId).PreviewWithdrawnAsync(entry.EntryId);
        }
        previews.Clear();
    }

    /// <summary>A bound call ended before it reached its agent: the agent hears how, and is ready for the next contact.</summary>
    private void EndPreviewCall(LiveCall call, NetworkOutcome outcome)
    {
        if (call is not { PreviewAgentId: { } agentId, AgentId: null, CallId: { } callId }) return;
        var how = call.Class is AnswerClass.Human or AnswerClass.Unknown ? "abandoned" : call.Class?.ToStoredName() ?? outcome.ToStoredName();
        _ = GrainFactory.GetGrain<IAgentCalls>(agentId).PreviewEndedAsync(callId, how);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Campaign {CampaignId}: showing a contact to agent {AgentId} failed")]
    private static partial void LogPreviewOfferFailed(ILogger logger, long campaignId, int agentId, Exception ex);
}
