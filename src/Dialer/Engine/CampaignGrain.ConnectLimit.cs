namespace Outreach.Dialer.Engine;

/// <summary>
/// The connect limit on time: a live answer no agent took is abandoned at its limit, not at the next pacing tick, so
/// the message starts within the limit (the 2-second rule counts from the end of the greeting to the message).
/// One timer on the engine clock, at the nearest limit of the calls waiting.
/// </summary>
public sealed partial class CampaignGrain
{
    private ITimer? connectLimitTimer;
    private DateTimeOffset? connectLimitAt;

    /// <summary>A live answer asks the router for an agent; the grain wakes at its limit if nothing came sooner.</summary>
    private void OfferToRouter(LiveCall call)
    {
        router.Offer(Waiting(call));
        WakeAtConnectLimit(call.ConnectBy!.Value);
    }

    private void WakeAtConnectLimit(DateTimeOffset at)
    {
        if (connectLimitTimer is not null && connectLimitAt <= at) return;
        connectLimitTimer?.Dispose();
        connectLimitAt = at;
        var self = this.AsReference<ICampaignCalls>();
        var due = at - Now;
        connectLimitTimer = engine.Clock.Time.CreateTimer(_ => _ = self.ConnectLimitReachedAsync(), null,
            due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public async Task ConnectLimitReachedAsync()
    {
        var limit = connectLimitAt;
        connectLimitTimer?.Dispose();
        (connectLimitTimer, connectLimitAt) = (null, null);
        // A timer may fire a hair early on the system clock; the limit it was set for has come.
        var now = Now;
        await RouteAsync(limit is { } at && at > now ? at : now);
        if (router.EarliestConnectBy is { } next) WakeAtConnectLimit(next);
    }
}
