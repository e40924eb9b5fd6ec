using System.Net;

namespace Outreach.Telephony.Sip.Transport;

/// <summary>The transports this stack speaks.</summary>
public enum SipTransportKind
{
    Udp,
    Tcp,
}

/// <summary>Where a message came from or goes to: a transport and an IP end point.</summary>
public sealed record SipEndPoint(SipTransportKind Transport, IPEndPoint Address)
{
    /// <summary>The Via transport token ("UDP", "TCP").</summary>
    public string ViaTransport => Transport == SipTransportKind.Udp ? "UDP" : "TCP";

    /// <summary>Parses "host:port" (IPv6 as [addr]:port) for a transport.</summary>
    public static SipEndPoint Parse(string text, SipTransportKind transport = SipTransportKind.Udp) =>
        new(transport, IPEndPoint.Parse(text));

    /// <summary>"udp:127.0.0.1:5060".</summary>
    public override string ToString() => ViaTransport.ToLowerInvariant() + ":" + Address;
}
