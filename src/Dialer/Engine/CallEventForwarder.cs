using Microsoft.Extensions.Hosting;
using Outreach.Telephony;

namespace Outreach.Dialer.Engine;

/// <summary>
/// Listens to the call network for the silo's lifetime and hands each event to its campaign's grain as a one-way
/// message, so the network's timer threads never wait for a grain.
/// </summary>
public sealed class CallEventForwarder(ICallNetwork network, IGrainFactory grains) : IHostedService, ICallEvents
{
    private IDisposable? subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        subscription = network.Subscribe(this);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void OnCallEvent(CallEvent callEvent) =>
        _ = grains.GetGrain<ICampaignCalls>(callEvent.CampaignId).OnCallEventAsync(CallEventMessage.From(callEvent));
}
