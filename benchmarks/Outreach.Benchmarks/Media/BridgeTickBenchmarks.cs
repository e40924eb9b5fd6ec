using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Media;
using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Benchmarks.Media;

/// <summary>The media work of one bridged call per 20 ms without the sockets: a packet into each leg, then one bridge tick.</summary>
[MemoryDiagnoser]
public class BridgeTickBenchmarks
{
    private readonly FakeTimeProvider _time = new();
    private readonly byte[] _packetA = new byte[200];
    private readonly byte[] _packetB = new byte[200];
    private MediaBridge _bridge = null!;
    private RtpSender _phoneA = null!;
    private RtpSender _phoneB = null!;
    private readonly byte[] _payload = new byte[160];

    [GlobalSetup]
    public void Setup()
    {
        _bridge = new MediaBridge(Leg(PayloadFormat.Pcmu, 1), Leg(PayloadFormat.Pcma, 2));
        _phoneA = new RtpSender(10, 0, 0, Packetisation.Default);
        _phoneB = new RtpSender(20, 0, 0, Packetisation.Default);
    }

    [Benchmark(Description = "Bridge: one packet into each leg + one tick (PCMU↔PCMA)")]
    public void ReceiveAndTick()
    {
        var a = _phoneA.WriteAudio(_packetA, 0, _payload);
        var b = _phoneB.WriteAudio(_packetB, 8, _payload);
        _bridge.A.Session.Receive(_packetA.AsSpan(0, a));
        _bridge.B.Session.Receive(_packetB.AsSpan(0, b));
        _time.Advance(TimeSpan.FromMilliseconds(20));
        _bridge.Tick();
    }

    private MediaLeg Leg(PayloadFormat codec, uint ssrc)
    {
        var media = new NegotiatedMedia
        {
            RemoteAddress = "127.0.0.1", RemotePort = 4000, Codec = codec, TelephoneEvent = PayloadFormat.TelephoneEvent(), Direction = MediaDirection.SendRecv,
        };
        var session = new RtpSession(new RtpSessionSettings { Ssrc = ssrc, AudioPayloadType = (byte)codec.PayloadType, TelephoneEventPayloadType = 101 }, _time);
        return new MediaLeg(session, new NullTransport(), media);
    }

    private sealed class NullTransport : IRtpTransport
    {
        public void SendRtp(ReadOnlySpan<byte> packet) { }
        public void SendRtcp(ReadOnlySpan<byte> packet) { }
        public void SetRemote(string address, int port) { }
    }
}
