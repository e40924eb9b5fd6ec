using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Outreach.Campaigns.Users;

namespace Outreach.Web.Engine;

/// <summary>
/// /hubs/engine: boards pushed to API clients over SignalR (the browser screens get them through their Blazor
/// circuit). An agent receives "agentBoard" for themselves; a manager or administrator who calls
/// <see cref="WatchAsync"/> receives "campaignBoard" and "agentBoard" for their departments' campaigns and agents.
/// </summary>
[Authorize]
public sealed class EngineHub(CampaignControl control) : Hub
{
    public const string Path = "/hubs/engine";
    public const string CampaignBoardMethod = "campaignBoard";
    public const string AgentBoardMethod = "agentBoard";

    public static string CampaignGroup(long campaignId) => $"campaign-{campaignId}";

    public static string AgentGroup(int agentId) => $"agent-{agentId}";

    public override async Task OnConnectedAsync()
    {
        if (Context.User?.IsInRole(Role.Agent) == true)
            await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroup(EngineUser.From(Context.User).Id));
        await base.OnConnectedAsync();
    }

    /// <summary>Starts the pushes of the caller's departments; answers how many campaigns and agents are watched.</summary>
    [Authorize(Policy = Role.Manager)]
    public async Task<WatchedCounts> WatchAsync()
    {
        var me = EngineUser.From(Context.User!);
        var ct = Context.ConnectionAborted;
        var campaigns = await control.WatchedAsync(me, ct);
        var agents = await control.AgentsAsync(me, ct);
        foreach (var c in campaigns) await Groups.AddToGroupAsync(Context.ConnectionId, CampaignGroup(c.Id), ct);
        foreach (var a in agents) await Groups.AddToGroupAsync(Context.ConnectionId, AgentGroup(a.Id), ct);
        return new WatchedCounts(campaigns.Count, agents.Count);
    }

    public sealed record WatchedCounts(int Campaigns, int Agents);
}
