using Outreach.Dialer.Routing;

namespace Outreach.Dialer.Engine;

/// <summary>
/// Preview mode on the agent's side (D1): a ready agent is shown one contact at a time, calls it or skips it. While the
/// call rings the agent is reserved for it; a live answer is bridged to this agent, anything else brings the agent back
/// to ready with a note of how the call ended. This is the one place the agent waits on a campaign (to have its call
/// placed); campaign grains are reentrant, so a campaign offering this agent a call meanwhile cannot deadlock with it.
/// </summary>
public sealed partial class AgentGrain
{
    public async Task<bool> OfferPreviewAsync(PreviewContact contact)
    {
        // A contact from the same campaign replaces one not yet called: the campaign lost it (it came back after a restart).
        var replaceable = S.Preview is null || (S.Preview is { CallId: null } shown && shown.CampaignId == contact.CampaignId);
        if (session.State != AgentState.Ready || !replaceable || !S.Campaigns.Contains(contact.CampaignId)) return false;
        S.Preview = contact;
        await PublishAsync();
        return true;
    }

    public async Task<CommandOutcome> CallPreviewAsync()
    {
        if (S.Preview is not { } preview) return CommandOutcome.Refused("There is no contact to call yet; the next one is on its way.");
        if (preview.CallId is not null) return CommandOutcome.Done; // a second click while it rings
        if (session.State != AgentState.Ready) return CommandOutcome.Refused("Press Ready before calling.");
        var dial = await Campaign(preview.CampaignId).DialPreviewAsync(Id, preview.EntryId);
        if (dial.CallId is not { } callId)
        {
            S.Preview = null;
            await PublishAsync();
            return CommandOutcome.Refused(dial.Problem ?? "The call could not be placed.");
        }
        S.Preview = preview with { CallId = callId };
        S.PreviewNote = null;
        return await ApplyAsync(session.Reserve(callId, Now), persist: true, force: true);
    }

    public async Task<CommandOutcome> SkipPreviewAsync()
    {
        if (S.Preview is not { } preview) return CommandOutcome.Done; // a repeat, or withdrawn meanwhile
        if (preview.CallId is not null) return CommandOutcome.Refused("The call is already ringing; wait for it to end.");
        S.Preview = null;
        S.PreviewNote = null;
        _ = Campaign(preview.CampaignId).ReturnPreviewAsync(Id, preview.EntryId, skipped: true);
        return await PublishAsync();
    }

    public async Task PreviewEndedAsync(string callId, string outcome)
    {
        if (S.Preview?.CallId != callId) return;
        S.PreviewNote = $"The call to {S.Preview.Phone} ended: {NoteOf(outcome)}.";
        S.Preview = null;
        await ApplyAsync(session.Release(callId, Now), persist: true, force: true);
    }

    public Task PreviewWithdrawnAsync(long entryId)
    {
        if (S.Preview is not { CallId: null } preview || preview.EntryId != entryId) return Task.CompletedTask;
        S.Preview = null;
        return PublishAsync();
    }

    /// <summary>Pausing or logging out leaves the contact shown (the campaign takes it back when it hears the new state).</summary>
    private AgentCommandResult LeavePreview(AgentCommandResult result)
    {
        if (result.Accepted && session.State is AgentState.Paused or AgentState.LoggedOut && S.Preview is { CallId: null })
            S.Preview = null;
        return result;
    }

    /// <summary>The preview changed: checkpoint, show the board, tell the campaigns.</summary>
    private Task<CommandOutcome> PublishAsync() => ApplyAsync(AgentCommandResult.Ok, persist: true, force: true);

    private static string NoteOf(string outcome) => outcome switch
    {
        "no_answer" => "no answer",
        "busy" => "busy",
        "machine" => "answering machine",
        "fax" => "fax",
        "invalid" => "number not in service",
        "abandoned" => "the person hung up before you were connected",
        _ => outcome.Replace('_', ' '),
    };
}
