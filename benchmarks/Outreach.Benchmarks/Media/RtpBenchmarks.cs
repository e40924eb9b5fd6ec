using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Media;
using Outreach.Telephony.Rtp;

namespace Outreach.Benchmarks.Media;

/// <summary>The per-packet hot path of the media plane: RTP parse and write, jitter buffer push and pop, G.711 per frame.</summary>
[MemoryDiagnoser]
public class RtpBenchmarks
{
    private readonly byte[] _packet = new byte[1500];
    private readonly byte[] _payload = new byte[160];
    private readonly byte[] _out = new byte[160];
    private readonly short[] _pcm = new short[160];
    private readonly RtpSender _sender = new(0x1234, 0, 0, Packetisation.Default);
    private readonly JitterBuffer _jitter = new(JitterBufferSettings.Default, new FakeTimeProvider());
    private int _length;
    private ushort _seq;

    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < 160; i++)
        {
            _pcm[i] = (short)(8000 * Math.Sin(2 * Math.PI * 1000 * i / 8000));
            _payload[i] = (byte)i;
        }
        _length = _sender.WriteAudio(_packet, 0, _payload);
    }

    [Benchmark(Description = "RTP parse (12-byte header, 160-byte payload)")]
    public int Parse()
    {
        RtpPacket.TryParse(_packet.AsSpan(0, _length), out var p);
        return p.SequenceNumber + p.Payload.Length;
    }

    [Benchmark(Description = "RTP write (header + 160-byte payload)")]
    public int Write() => _sender.WriteAudio(_packet, 0, _payload);

    [Benchmark(Description = "Jitter buffer push + pop of one frame")]
    public int PushPop()
    {
        var seq = _seq++;
        _jitter.Push(seq, (uint)(seq * 160), _payload);
        return _jitter.Pop(_out).Length;
    }

    [Benchmark(Description = "G.711 transcode PCMU→PCMA, 20 ms frame")]
    public byte Transcode()
    {
        G711.Transcode(AudioCodec.Pcmu, AudioCodec.Pcma, _payload, _out);
        return _out[0];
    }

    [Benchmark(Description = "G.711 encode µ-law, 20 ms frame")]
    public byte Encode()
    {
        G711.Encode(AudioCodec.Pcmu, _pcm, _out);
        return _out[0];
    }

    [Benchmark(Description = "G.711 decode A-law, 20 ms frame")]
    public short Decode()
    {
        G711.Decode(AudioCodec.Pcma, _payload, _pcm);
        return _pcm[0];
    }
}
