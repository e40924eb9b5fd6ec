using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Tests.Media;

/// <summary>Delivers a leg's packets straight into the peer session (or drops them when told to), counting them.</summary>
internal sealed class MemoryTransport : IRtpTransport
{
    public RtpSession? Peer { get; set; }

    public int RtpSent { get; private set; }

    public int RtcpSent { get; private set; }

    public (string Address, int Port)? Remote { get; private set; }

    public void SendRtp(ReadOnlySpan<byte> packet)
    {
        RtpSent++;
        Peer?.Receive(packet);
    }

    public void SendRtcp(ReadOnlySpan<byte> packet)
    {
        RtcpSent++;
        Peer?.ReceiveRtcp(packet);
    }

    public void SetRemote(string address, int port) => Remote = (address, port);
}
