namespace Outreach.Telephony;

/// <summary>A telephone network the engine dials through (simulated, SIP, Twilio): places calls, reports their events, plays, bridges and hangs up.</summary>
public interface ICallNetwork
{
    /// <summary>Starts a call and returns its id; its events go to every subscriber.</summary>
    Task<string> PlaceCallAsync(CallRequest request, CancellationToken cancellationToken);

    /// <summary>Plays a recorded prompt on an answered call; false when the call is not live any more.</summary>
    Task<bool> PlayPromptAsync(string callId, string prompt, CancellationToken cancellationToken);

    /// <summary>Connects an answered call to an agent's leg; false when the call is not live any more (the customer hung up first).</summary>
    Task<bool> BridgeToAgentAsync(string callId, string agentLegId, CancellationToken cancellationToken);

    /// <summary>Ends a call; harmless for an unknown or finished call.</summary>
    Task HangUpAsync(string callId, CancellationToken cancellationToken);

    /// <summary>Adds a receiver of call events until the returned handle is disposed.</summary>
    IDisposable Subscribe(ICallEvents subscriber);
}
