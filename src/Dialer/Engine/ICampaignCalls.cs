using Orleans.Concurrency;

namespace Outreach.Dialer.Engine;

/// <summary>
/// The campaign grain's engine-side messages: call events from the network, agents' states, closed calls. One-way,
/// so that the network, agents and router never wait on a campaign (and grains never wait on each other in a circle).
/// </summary>
public interface ICampaignCalls : IGrainWithIntegerKey
{
    [OneWay]
    Task OnCallEventAsync(CallEventMessage message);

    [OneWay]
    Task AgentChangedAsync(AgentPresence presence);

    [OneWay]
    Task CallClosedAsync(ClosedCall closed);

    /// <summary>The nearest connect limit of the live answers waiting has come: abandon those no agent took.</summary>
    [OneWay]
    Task ConnectLimitReachedAsync();

    /// <summary>Preview mode: places the call to the contact shown to the agent, bound to that agent.</summary>
    Task<PreviewDial> DialPreviewAsync(int agentId, long entryId);
    /// <summary>Preview mode: the agent skipped the contact (tried again later) or left it (back to the hopper).</summary>
    [OneWay]
    Task ReturnPreviewAsync(int agentId, long entryId, bool skipped);
    /// <summary>Runs one pacing tick now (the timer does this every 250 ms; tests on virtual time call it).</summary>
    Task TickAsync();

    /// <summary>Calls placed and not yet completed.</summary>
    Task<int> CallsInFlightAsync();

    /// <summary>Lets the grain go (tests, rebalancing); its calls go on and it picks them up when it comes back.</summary>
    Task DeactivateAsync();
}
