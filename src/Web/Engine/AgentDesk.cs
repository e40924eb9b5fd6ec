using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Subscribers;
using Outreach.Dialer.Engine;
using Outreach.Web.Surveys;

namespace Outreach.Web.Engine;

/// <summary>
/// The agent desktop's commands (A1), shared by the page and the API: checks the input, then asks the agent's
/// grain (key: the user id). Refusals come back as messages to show; nothing here throws for a bad request.
/// </summary>
public sealed class AgentDesk(IGrainFactory grains, CampaignRepository campaigns, DispositionRepository dispositions,
    CampaignScriptRepository scripts, SubscriberRepository subscribers, SurveyRuntimeService surveys, TimeProvider clock)
{
    public const int MaxPauseReason = 100;

    /// <summary>
    /// The agent-call campaigns of the agent's department they may log in to, running ones first: every campaign that
    /// is not finished, because a campaign starts only with agents logged in (the start check) and a paused one keeps them.
    /// </summary>
    public async Task<IReadOnlyList<Campaign>> CampaignsToJoinAsync(EngineUser agent, CancellationToken ct) =>
        (await campaigns.ListAsync(agent.DepartmentIds, ct))
            .Where(c => c.Status != CampaignStatus.Finished && c.Channel == CampaignChannel.AgentCall)
            .OrderBy(c => c.Status == CampaignStatus.Running ? 0 : 1).ToList();

    public Task<AgentBoard> BoardAsync(EngineUser agent) => Grain(agent).GetBoardAsync();

    /// <summary>Logs in to campaigns in the order given (first = highest priority).</summary>
    public async Task<EngineOutcome> LogInAsync(EngineUser agent, IReadOnlyList<long>? campaignIds, CancellationToken ct)
    {
        if (campaignIds is not { Count: > 0 }) return EngineOutcome.Invalid("campaignIds", "Choose at least one campaign.");
        var open = (await CampaignsToJoinAsync(agent, ct)).Select(c => c.Id).ToHashSet();
        if (campaignIds.Where(id => !open.Contains(id)).Select(id => (long?)id).FirstOrDefault() is { } closed)
            return EngineOutcome.Invalid("campaignIds", $"Campaign {closed} is not open to agents of your department (finished, or another department's).");
        return EngineOutcome.From(await Grain(agent).LogInAsync(campaignIds.Distinct().ToList()));
    }

    public async Task<EngineOutcome> ReadyAsync(EngineUser agent) => EngineOutcome.From(await Grain(agent).ReadyAsync());

    public async Task<EngineOutcome> PauseAsync(EngineUser agent, string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return EngineOutcome.Invalid("reason", "Say why you pause.");
        if (reason.Trim().Length > MaxPauseReason)
            return EngineOutcome.Invalid("reason", $"A pause reason is at most {MaxPauseReason} characters.");
        return EngineOutcome.From(await Grain(agent).PauseAsync(reason.Trim()));
    }

    public async Task<EngineOutcome> LogOutAsync(EngineUser agent) => EngineOutcome.From(await Grain(agent).LogOutAsync());

    public async Task<EngineOutcome> HangUpAsync(EngineUser agent, string? callId) =>
        string.IsNullOrWhiteSpace(callId) ? EngineOutcome.Invalid("callId", "Say which call to hang up.")
            : EngineOutcome.From(await Grain(agent).HangUpAsync(callId));

    /// <summary>Preview mode: calls the contact shown; the call is bound to this agent.</summary>
    public async Task<EngineOutcome> CallPreviewAsync(EngineUser agent) => EngineOutcome.From(await Grain(agent).CallPreviewAsync());

    /// <summary>Preview mode: passes over the contact shown; it is tried again later.</summary>
    public async Task<EngineOutcome> SkipPreviewAsync(EngineUser agent) => EngineOutcome.From(await Grain(agent).SkipPreviewAsync());

    /// <summary>Preview mode: the card of the contact shown, to read before calling.</summary>
    public async Task<DeskPreview> OpenPreviewAsync(PreviewContact contact, CancellationToken ct)
    {
        var card = await subscribers.GetCardAsync(contact.SubscriberId, ct);
        var script = await scripts.GetAsync(contact.CampaignId, ct);
        return new DeskPreview(contact, script?.Name ?? $"Campaign {contact.CampaignId}", card);
    }

    /// <summary>Closes the held call with a code of its campaign's list; refused when the agent no longer holds it.</summary>
    public async Task<EngineOutcome> DispositionAsync(EngineUser agent, DispositionRequest request, CancellationToken ct)
    {
        var board = await Grain(agent).GetBoardAsync();
        if (board.Call is not { } call || call.CallId != request.CallId)
            return EngineOutcome.Refused($"You no longer hold call {request.CallId}; its disposition was not recorded.");
        var check = DispositionCheck.Validate(request, await dispositions.ListAsync(call.CampaignId, ct), clock.GetUtcNow());
        if (!check.Ok) return check;
        return EngineOutcome.From(await Grain(agent).SetDispositionAsync(request with
        {
            Notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim(),
            ThenPauseReason = string.IsNullOrWhiteSpace(request.ThenPauseReason) ? null : request.ThenPauseReason.Trim(),
        }));
    }

    public Task<IReadOnlyList<DispositionOption>> DispositionsAsync(long campaignId, CancellationToken ct) =>
        dispositions.ListAsync(campaignId, ct);

    /// <summary>
    /// Everything the desktop pops for a call: card, options and the pinned survey's walk for this attempt (started
    /// on first open, reopened where it was left when the desktop is reloaded mid-call).
    /// </summary>
    public async Task<DeskCall> OpenCallAsync(AgentCall call, CancellationToken ct)
    {
        var card = await subscribers.GetCardAsync(call.SubscriberId, ct);
        var script = await scripts.GetAsync(call.CampaignId, ct);
        var options = await dispositions.ListAsync(call.CampaignId, ct);
        SurveyWalk? walk = null;
        string? note = null;
        if (script?.SurveyId is { } surveyId)
        {
            var opened = await surveys.OpenForCallAsync(surveyId, script.SurveyVersion, call.SubscriberId, call.CampaignId, call.AttemptId, ct);
            walk = opened.Walk;
            note = opened.EndedAs switch
            {
                "completed" => "The script of this call is finished; its answers are saved.",
                "cancelled" => "The script of this call was cancelled; the answers given are saved.",
                _ when walk is null => $"The campaign's survey '{surveyId}' (version {script.SurveyVersion}) could not be started; read the call guide.",
                _ => null,
            };
        }
        return new DeskCall(call, script?.Name ?? $"Campaign {call.CampaignId}", card, walk, script?.CallGuide ?? "", note, options);
    }

    private IAgentGrain Grain(EngineUser agent) => grains.GetGrain<IAgentGrain>(agent.Id);
}
