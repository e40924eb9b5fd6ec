namespace Outreach.Telephony.Rtp;

/// <summary>Where a media leg's packets go: an RTP/RTCP socket pair, or memory in tests.</summary>
public interface IRtpTransport
{
    void SendRtp(ReadOnlySpan<byte> packet);

    void SendRtcp(ReadOnlySpan<byte> packet);

    /// <summary>Points the transport at the peer's RTP address and port (RTCP goes to port + 1).</summary>
    void SetRemote(string address, int port);
}
