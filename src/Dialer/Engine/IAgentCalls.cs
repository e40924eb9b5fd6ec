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

    /// <summary>Preview mode: shows a contact to a ready agent; false when the agent cannot take it (not ready, holds another).</summary>
    Task<bool> OfferPreviewAsync(PreviewContact contact);
    /// <summary>Preview mode: the agent's call ended without reaching a person; the agent is ready again.</summary>
    [OneWay]
    Task PreviewEndedAsync(string callId, string outcome);
    /// <summary>Preview mode: the campaign takes the contact back (paused, stopped, mode changed).</summary>
    [OneWay]
    Task PreviewWithdrawnAsync(long entryId);
    /// <summary>Tells the agent's campaigns its state again (a campaign came back after a restart).</summary>
    [OneWay]
    Task AnnounceAsync();
}
