using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Media;

/// <summary>
/// One side of a call's media: an RTP session with its negotiated codec and direction, read and written one 20 ms PCM
/// frame at a time. Sends nothing while on hold (our direction excludes sending) and plays silence while not receiving.
/// </summary>
public sealed class MediaLeg
{
    /// <summary>RTCP every 5 s (RFC 3550's minimum interval; not randomised, see docs/media.md).</summary>
    public const int ReportEveryFrames = 250;

    private readonly IRtpTransport _transport;
    private readonly byte[] _payload = new byte[G711.MaxFrameSamples];
    private readonly byte[] _packet = new byte[1500];
    private readonly Lock _send = new(); // the tick and a relay (on the other leg's receive loop) both send here
    private NegotiatedMedia _media;
    private int _framesToReport = ReportEveryFrames;

    public MediaLeg(RtpSession session, IRtpTransport transport, NegotiatedMedia media)
    {
        Session = session;
        _transport = transport;
        Codec = G711.From(media.Codec) ?? throw new ArgumentException($"{media.Codec.Encoding} is not G.711", nameof(media));
        _media = media;
        transport.SetRemote(media.RemoteAddress, media.RemotePort);
    }

    public RtpSession Session { get; }

    public AudioCodec Codec { get; }

    public NegotiatedMedia Media => Volatile.Read(ref _media);

    public int SamplesPerFrame => Session.Settings.Packetisation.SamplesPerFrame;

    /// <summary>A re-INVITE changed direction (hold, unhold) or the peer's address; the codec stays.</summary>
    public void Renegotiate(NegotiatedMedia media)
    {
        if (media.RemoteAddress != _media.RemoteAddress || media.RemotePort != _media.RemotePort)
            _transport.SetRemote(media.RemoteAddress, media.RemotePort);
        Volatile.Write(ref _media, media);
    }

    /// <summary>The next frame heard from the peer as PCM; silence when nothing is there or we are not receiving.</summary>
    public FrameKind ReadFrame(Span<short> pcm)
    {
        var frame = Session.Jitter.Pop(_payload);
        if (frame.Kind == FrameKind.Silence || !Media.Receives)
        {
            pcm.Clear();
            return FrameKind.Silence;
        }
        var samples = Math.Min(frame.Length, pcm.Length);
        G711.Decode(Codec, _payload.AsSpan(0, samples), pcm[..samples]);
        pcm[samples..].Clear();
        return frame.Kind;
    }

    /// <summary>Sends one frame to the peer (or this tick's DTMF packet instead), or lets the frame pass while on hold.</summary>
    public void WriteFrame(ReadOnlySpan<short> pcm)
    {
        lock (_send) WriteFrameLocked(pcm);
    }

    /// <summary>A relaying bridge's tick: only this leg's own DTMF and its RTCP report, the audio was relayed as it came.</summary>
    public void TickRelayed()
    {
        lock (_send)
        {
            if (Session.DtmfOut is { } dtmf && (dtmf.IsSending || dtmf.Queued > 0) && Media.Sends)
            {
                var length = dtmf.Tick(Session.Sender, _packet);
                if (length > 0) _transport.SendRtp(_packet.AsSpan(0, length));
            }
            ReportWhenDue();
        }
    }

    /// <summary>Sends a packet relayed from the other leg of a bridge (muted while this leg sends its own DTMF).</summary>
    public void SendRelayed(byte payloadType, uint timestamp, bool marker, ReadOnlySpan<byte> payload, bool isEvent)
    {
        lock (_send)
        {
            if (Session.DtmfOut is { IsSending: true }) return;
            var length = Session.Sender.WriteRelayed(_packet, payloadType, timestamp, marker, payload, isEvent);
            _transport.SendRtp(_packet.AsSpan(0, length));
        }
    }

    private void WriteFrameLocked(ReadOnlySpan<short> pcm)
    {
        var media = Media;
        if (media.Sends && Session.DtmfOut is { } dtmf && (dtmf.IsSending || dtmf.Queued > 0))
        {
            var length = dtmf.Tick(Session.Sender, _packet);
            if (length > 0)
            {
                _transport.SendRtp(_packet.AsSpan(0, length));
                ReportWhenDue();
                return;
            }
        }
        if (media.Sends)
        {
            var samples = Math.Min(pcm.Length, SamplesPerFrame);
            G711.Encode(Codec, pcm[..samples], _payload);
            _transport.SendRtp(_packet.AsSpan(0, Session.Sender.WriteAudio(_packet, Codec.PayloadType(), _payload.AsSpan(0, samples))));
        }
        else
        {
            Session.Sender.Skip();
        }
        ReportWhenDue();
    }

    /// <summary>Queues DTMF digits to send as RFC 4733 events; false when telephone-event was not negotiated or a digit is not DTMF.</summary>
    public bool SendDigits(string digits) => Session.DtmfOut?.Enqueue(digits) ?? false;

    public bool TryTakeDigit(out DtmfDigit digit) => Session.TryTakeDigit(out digit);

    /// <summary>The last RTCP: a report and BYE.</summary>
    public void SayGoodbye(string? reason = null)
    {
        lock (_send) _transport.SendRtcp(_packet.AsSpan(0, Session.WriteGoodbye(_packet, reason)));
    }

    private void ReportWhenDue()
    {
        if (--_framesToReport > 0) return;
        _framesToReport = ReportEveryFrames;
        _transport.SendRtcp(_packet.AsSpan(0, Session.WriteReport(_packet)));
    }
}
