using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Media;
using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Media;

/// <summary>Two phones and a bridge in memory on a fake clock: phone A ↔ leg A [bridge] leg B ↔ phone B.</summary>
internal sealed class MemoryCall
{
    private static uint _ssrc = 100;

    public FakeTimeProvider Time { get; } = new();

    public MemoryCall(AudioCodec codecA, AudioCodec codecB, MediaDirection legBDirection = MediaDirection.SendRecv, CallRecorder? recorder = null,
        BridgeMode mode = BridgeMode.Relay)
    {
        (PhoneA, LegA) = Pair(codecA, MediaDirection.SendRecv);
        (PhoneB, LegB) = Pair(codecB, legBDirection);
        Bridge = new MediaBridge(LegA, LegB, recorder, mode);
    }

    public MediaLeg PhoneA { get; }
    public MediaLeg LegA { get; }
    public MediaLeg PhoneB { get; }
    public MediaLeg LegB { get; }
    public MediaBridge Bridge { get; }

    /// <summary>Runs <paramref name="frames"/> ticks: phones speak their signals, the bridge relays, phones listen.</summary>
    public (short[] HeardByA, short[] HeardByB) Run(int frames, short[] saidByA, short[] saidByB)
    {
        var heardA = new short[frames * 160];
        var heardB = new short[frames * 160];
        var silence = new short[160];
        for (var f = 0; f < frames; f++)
        {
            PhoneA.WriteFrame(f * 160 < saidByA.Length ? saidByA.AsSpan(f * 160, 160) : silence);
            PhoneB.WriteFrame(f * 160 < saidByB.Length ? saidByB.AsSpan(f * 160, 160) : silence);
            Time.Advance(TimeSpan.FromMilliseconds(20));
            Bridge.Tick();
            PhoneA.ReadFrame(heardA.AsSpan(f * 160, 160));
            PhoneB.ReadFrame(heardB.AsSpan(f * 160, 160));
        }
        return (heardA, heardB);
    }

    private (MediaLeg Phone, MediaLeg Leg) Pair(AudioCodec codec, MediaDirection legDirection)
    {
        var format = codec == AudioCodec.Pcmu ? PayloadFormat.Pcmu : PayloadFormat.Pcma;
        var phoneSession = Session(codec);
        var legSession = Session(codec);
        var toLeg = new MemoryTransport { Peer = legSession };
        var toPhone = new MemoryTransport { Peer = phoneSession };
        var phone = new MediaLeg(phoneSession, toLeg, Negotiated(format, legDirection.Mirror()));
        var leg = new MediaLeg(legSession, toPhone, Negotiated(format, legDirection));
        return (phone, leg);
    }

    private RtpSession Session(AudioCodec codec) => new(new RtpSessionSettings
    {
        Ssrc = Interlocked.Increment(ref _ssrc), FirstSequence = 65500, FirstTimestamp = 1000,
        AudioPayloadType = codec.PayloadType(), TelephoneEventPayloadType = 101,
    }, Time);

    private static NegotiatedMedia Negotiated(PayloadFormat format, MediaDirection direction) => TestAudio.Negotiated(format, 40000, direction);
}
