using Orleans.Concurrency;

namespace Outreach.Dialer.Engine;

/// <summary>The agent grain's engine-side messages, sent by campaign grains.</summary>
public interface IAgentCalls : IGrainWithIntegerKey
{
    /// <summary>Reserves the agent for a live call and bridges it to the agent's leg, if the agent is still ready.</summary>
    Task<TakeCallResult> TakeCallAsync(AgentCall call);

    /// <summary>The held call ended (either side hung up): the agent goes to wrap-up.</summary>
    [OneWay]
    Task CallEndedAsync(string callId, DateTimeOffset at);

    /// <summary>Tells the agent's campaigns its state again (a campaign came back after a restart).</summary>
    [OneWay]
    Task AnnounceAsync();
}
