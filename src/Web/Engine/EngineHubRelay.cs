using Microsoft.AspNetCore.SignalR;
using Outreach.Dialer.Engine;

namespace Outreach.Web.Engine;

/// <summary>Forwards every board the engine feed publishes to the hub group that watches it, without waiting for the send.</summary>
public sealed class EngineHubRelay(IEngineFeed feed, IHubContext<EngineHub> hub, ILogger<EngineHubRelay> log) : IHostedService
{
    private readonly List<IDisposable> subscriptions = [];

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscriptions.Add(feed.OnCampaign(null, b =>
            Forget(hub.Clients.Group(EngineHub.CampaignGroup(b.CampaignId)).SendAsync(EngineHub.CampaignBoardMethod, b))));
        subscriptions.Add(feed.OnAgent(null, b =>
            Forget(hub.Clients.Group(EngineHub.AgentGroup(b.AgentId)).SendAsync(EngineHub.AgentBoardMethod, b))));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var s in subscriptions) s.Dispose();
        subscriptions.Clear();
        return Task.CompletedTask;
    }

    // Never wait in a feed handler (it would hold up this subscription's next boards); a failed send loses one board of many.
    private void Forget(Task send) =>
        send.ContinueWith(t => log.LogDebug(t.Exception, "A board could not be pushed to the engine hub"), TaskContinuationOptions.OnlyOnFaulted);
}
