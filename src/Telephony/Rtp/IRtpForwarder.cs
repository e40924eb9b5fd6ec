namespace Outreach.Telephony.Rtp;

/// <summary>Takes a received packet on the receive loop's thread, as it arrives (a relay sends it on at once).</summary>
public interface IRtpForwarder
{
    void Forward(RtpPacket packet, bool isEvent);
}
