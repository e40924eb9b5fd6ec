using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Media;

/// <summary>
/// Relays one direction of a bridge as packets arrive: audio transcoded into the other leg's codec, RFC 4733 events
/// passed on with the other leg's payload type, timestamps moved by a fixed offset (reset when the source changes) and
/// sequence numbers the other leg's own. Runs on the receive loop of the leg it listens to.
/// </summary>
public sealed class RtpRelay(MediaLeg from, MediaLeg to) : IRtpForwarder
{
    private uint _ssrc;
    private uint _offset;
    private bool _started;

    public void Forward(RtpPacket packet, bool isEvent)
    {
        if (!to.Media.Sends) return; // the other side is on hold: it is sent nothing
        if (!_started || packet.Ssrc != _ssrc)
        {
            _offset = to.Session.Sender.Timestamp - packet.Timestamp;
            _ssrc = packet.Ssrc;
            _started = true;
        }
        var timestamp = packet.Timestamp + _offset;
        if (isEvent)
        {
            if (to.Session.Settings.TelephoneEventPayloadType is { } te) to.SendRelayed(te, timestamp, packet.Marker, packet.Payload, isEvent: true);
            return;
        }
        var length = Math.Min(packet.Payload.Length, G711.MaxFrameSamples);
        Span<byte> payload = stackalloc byte[length];
        G711.Transcode(from.Codec, to.Codec, packet.Payload[..length], payload);
        to.SendRelayed(to.Codec.PayloadType(), timestamp, packet.Marker, payload, isEvent: false);
    }
}
