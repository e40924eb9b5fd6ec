namespace Outreach.Dialer.Engine;

/// <summary>
/// Where grains publish boards and live screens listen (silo-local; the Blazor circuit or the SignalR hub
/// pushes them on). <see cref="EngineFeed"/> calls each handler on the thread pool, one board at a time per
/// subscription, and keeps only the latest board per campaign or agent for a handler that falls behind: a slow
/// handler skips states, it never holds up a grain.
/// Several silos would carry the same boards over Orleans streams; one process is the default.
/// </summary>
public interface IEngineFeed
{
    void Publish(CampaignBoard board);

    void Publish(AgentBoard board);

    /// <summary>Every campaign's boards (campaignId null) or one campaign's, until disposed.</summary>
    IDisposable OnCampaign(long? campaignId, Action<CampaignBoard> handler);

    /// <summary>Every agent's boards (agentId null) or one agent's, until disposed.</summary>
    IDisposable OnAgent(int? agentId, Action<AgentBoard> handler);
}
