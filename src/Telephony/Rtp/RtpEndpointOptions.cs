using System.Net;

namespace Outreach.Telephony.Rtp;

/// <summary>Where RTP sockets bind: an address and a port range (RTP on even ports, RTCP on the odd one above).</summary>
public sealed record RtpEndpointOptions
{
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    public int PortMin { get; init; } = 20000;

    public int PortMax { get; init; } = 39999;

    /// <summary>Send to where the peer's packets come from rather than to its SDP address (NAT-friendly symmetric RTP).</summary>
    public bool SymmetricRtp { get; init; } = true;

    /// <summary>Receive buffer per socket; 1,000 streams at 50 packets/s need some room when a core is busy.</summary>
    public int ReceiveBufferBytes { get; init; } = 256 * 1024;
}
