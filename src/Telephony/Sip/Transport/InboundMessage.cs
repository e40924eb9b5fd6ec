using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Transport;

/// <summary>A parsed message as the transport hands it up: the message, who sent it and on which transport.</summary>
public sealed record InboundMessage(SipMessage Message, SipEndPoint Source);

/// <summary>Sends messages to end points; what the transaction layer needs of a transport.</summary>
public interface ISipSender
{
    /// <summary>The UDP address the transport listens on (used in Via and Contact).</summary>
    SipEndPoint LocalEndPoint { get; }

    /// <summary>The address to name in Via and Contact for a transport (the TCP listener for TCP, when there is one).</summary>
    SipEndPoint LocalFor(SipTransportKind transport) => LocalEndPoint;

    /// <summary>Sends a message; failures are logged, never thrown (SIP recovers by retransmission or timeout).</summary>
    ValueTask SendAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken);

    /// <summary>Sends without waiting (from timers and state machines that must not await); failures are logged.</summary>
    void Post(SipMessage message, SipEndPoint destination);
}
