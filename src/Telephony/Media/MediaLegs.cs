using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Media;

/// <summary>Puts a negotiated stream on an endpoint: a session with fresh random SSRC, sequence and timestamp (RFC 3550 §5.1), receiving.</summary>
public static class MediaLegs
{
    public static MediaLeg Connect(RtpEndpoint endpoint, NegotiatedMedia media, Random random, TimeProvider time, string cname = "outreach")
    {
        var session = new RtpSession(Settings(media, random, cname), time);
        var leg = new MediaLeg(session, endpoint, media);
        endpoint.Start(session);
        return leg;
    }

    public static RtpSessionSettings Settings(NegotiatedMedia media, Random random, string cname) => new()
    {
        Ssrc = (uint)random.NextInt64(1, uint.MaxValue),
        FirstSequence = (ushort)random.Next(0, 65536),
        FirstTimestamp = (uint)random.NextInt64(0, uint.MaxValue),
        Cname = cname,
        AudioPayloadType = (byte)media.Codec.PayloadType,
        TelephoneEventPayloadType = media.TelephoneEvent is { } te ? (byte)te.PayloadType : null,
        // The shared clock ticks every 20 ms, so we always send 20 ms frames (a peer's a=ptime is a wish, RFC 8866 §6.4).
        Packetisation = new Packetisation(media.Codec.ClockRate, 20),
    };
}
