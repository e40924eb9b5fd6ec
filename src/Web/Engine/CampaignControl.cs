using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Users;
using Outreach.Dialer.Engine;

namespace Outreach.Web.Engine;

/// <summary>
/// The manager's view and control of campaigns (M1, M3), shared by the dashboard and the API: only campaigns and
/// agents of the manager's departments; every command names the actor so that the campaign grain audits it.
/// </summary>
public sealed class CampaignControl(IGrainFactory grains, CampaignRepository campaigns, UserRepository users,
    CampaignComplianceReports compliance, Outreach.Campaigns.Audit.AuditLog audit)
{
    public const string DefaultPauseReason = "Paused by a manager";

    /// <summary>The campaigns a manager watches: those of their departments that are not finished, newest first.</summary>
    public async Task<IReadOnlyList<Campaign>> WatchedAsync(EngineUser manager, CancellationToken ct) =>
        (await campaigns.ListAsync(manager.DepartmentIds, ct)).Where(c => c.Status != CampaignStatus.Finished).ToList();

    public async Task<IReadOnlyList<CampaignBoard>> BoardsAsync(EngineUser manager, CancellationToken ct) =>
        await Task.WhenAll((await WatchedAsync(manager, ct)).Select(c => Grain(c.Id).GetBoardAsync()));

    /// <summary>
    /// The people of the manager's departments whose agent boards the dashboard keeps: every user, not only those with
    /// the agent role today, since any user id may hold an agent shift (the engine's bots are inactive users).
    /// </summary>
    public async Task<IReadOnlyList<UserAccount>> AgentsAsync(EngineUser manager, CancellationToken ct) =>
        (await users.ListAsync(ct)).Where(u => manager.DepartmentIds is null || u.DepartmentId is { } d && manager.DepartmentIds.Contains(d)).ToList();

    /// <summary>The boards of the manager's agents who are logged in.</summary>
    public async Task<IReadOnlyList<AgentBoard>> AgentBoardsAsync(EngineUser manager, CancellationToken ct)
    {
        var boards = await Task.WhenAll((await AgentsAsync(manager, ct)).Select(a => grains.GetGrain<IAgentGrain>(a.Id).GetBoardAsync()));
        return boards.Where(b => !AgentStates.Is(b.State, AgentStates.LoggedOut)).ToList();
    }

    public async Task<CampaignBoard?> BoardAsync(EngineUser manager, long campaignId, CancellationToken ct) =>
        await SeesAsync(manager, campaignId, ct) ? await Grain(campaignId).GetBoardAsync() : null;

    /// <summary>The campaign's compliance report (D5), or null when it is not in the manager's departments.</summary>
    public async Task<ComplianceView?> ComplianceAsync(EngineUser manager, long campaignId, CancellationToken ct) =>
        await SeesAsync(manager, campaignId, ct) && await compliance.ForAsync(campaignId, ct) is { } report ? ComplianceView.From(report) : null;

    public Task<EngineOutcome> StartAsync(EngineUser manager, long campaignId, CancellationToken ct) =>
        CommandAsync(manager, campaignId, g => g.StartAsync(manager.UserName), ct);

    public Task<EngineOutcome> PauseAsync(EngineUser manager, long campaignId, string? reason, CancellationToken ct) =>
        reason is { Length: > AgentDesk.MaxPauseReason }
            ? Task.FromResult(EngineOutcome.Invalid("reason", $"A pause reason is at most {AgentDesk.MaxPauseReason} characters."))
            : CommandAsync(manager, campaignId,
                g => g.PauseAsync(manager.UserName, string.IsNullOrWhiteSpace(reason) ? DefaultPauseReason : reason.Trim()), ct);

    public Task<EngineOutcome> StopAsync(EngineUser manager, long campaignId, CancellationToken ct) =>
        CommandAsync(manager, campaignId, g => g.StopAsync(manager.UserName), ct);

    /// <summary>Changes the mode and the abandon target (a fraction, at most 0.03) while the campaign runs.</summary>
    public Task<EngineOutcome> ChangePacingAsync(EngineUser manager, long campaignId, string? mode, decimal? target, CancellationToken ct) =>
        PacingChange.Validate(mode, target) is { Ok: false } invalid ? Task.FromResult(invalid)
            : CommandAsync(manager, campaignId, g => g.ChangePacingAsync(manager.UserName, mode!, target!.Value), ct);

    /// <summary>
    /// Moves a logged-in agent to other campaigns of the agent's department (M3): the agent leaves the campaigns not
    /// named and joins the others, keeping their state (a ready agent stays ready). Not while the agent holds a call
    /// or is wrapping one up: the move would take them away from it. Audited as <c>agent.move</c>.
    /// </summary>
    public async Task<EngineOutcome> MoveAgentAsync(EngineUser manager, int agentId, IReadOnlyList<long>? campaignIds, CancellationToken ct)
    {
        if (campaignIds is not { Count: > 0 }) return EngineOutcome.Invalid("campaignIds", "Choose at least one campaign to move the agent to.");
        var agent = (await AgentsAsync(manager, ct)).FirstOrDefault(a => a.Id == agentId);
        if (agent is null) return EngineOutcome.NotFound($"There is no agent {agentId} in your departments.");
        foreach (var id in campaignIds.Distinct())
        {
            if (await campaigns.GetAsync(id, ct) is not { } c || !manager.Sees(c.DepartmentId))
                return EngineOutcome.Invalid("campaignIds", $"There is no campaign {id} in your departments.");
            if (c.DepartmentId != agent.DepartmentId)
                return EngineOutcome.Invalid("campaignIds", $"Campaign '{c.Name}' belongs to another department than {agent.DisplayName}.");
            if (c.Status == CampaignStatus.Finished) return EngineOutcome.Invalid("campaignIds", $"Campaign '{c.Name}' is finished.");
        }
        var grain = grains.GetGrain<IAgentGrain>(agentId);
        var board = await grain.GetBoardAsync();
        if (AgentStates.Is(board.State, AgentStates.LoggedOut))
            return EngineOutcome.Refused($"{agent.DisplayName} is not logged in; agents choose their campaigns when they log in.");
        if (board.Call is not null)
            return EngineOutcome.Refused($"{agent.DisplayName} is on a call or wrapping one up; move them once it is done.");
        var outcome = EngineOutcome.From(await grain.LogInAsync(campaignIds.Distinct().ToList()));
        if (outcome.Ok)
            await audit.RecordAsync(manager.UserName, "agent.move", "user", agentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new { from = board.CampaignIds, to = campaignIds.Distinct() }, ct);
        return outcome;
    }

    private async Task<EngineOutcome> CommandAsync(EngineUser manager, long campaignId, Func<ICampaignGrain, Task<CommandOutcome>> command,
        CancellationToken ct) =>
        await SeesAsync(manager, campaignId, ct) ? EngineOutcome.From(await command(Grain(campaignId)))
            : EngineOutcome.NotFound($"There is no campaign {campaignId} in your departments.");

    private async Task<bool> SeesAsync(EngineUser manager, long campaignId, CancellationToken ct) =>
        await campaigns.GetAsync(campaignId, ct) is { } c && manager.Sees(c.DepartmentId);

    private ICampaignGrain Grain(long campaignId) => grains.GetGrain<ICampaignGrain>(campaignId);
}
