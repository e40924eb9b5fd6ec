using NAudio.Wave;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Media;

/// <summary>Shared test plumbing: negotiated media toward a port, and reading back a stereo recording.</summary>
internal static class TestAudio
{
    public static NegotiatedMedia Negotiated(PayloadFormat codec, int remotePort, MediaDirection direction = MediaDirection.SendRecv) => new()
    {
        RemoteAddress = "127.0.0.1", RemotePort = remotePort, Codec = codec, TelephoneEvent = PayloadFormat.TelephoneEvent(), Direction = direction,
    };

    /// <summary>The left and right channels of a 16-bit stereo WAV written to <paramref name="wav"/>.</summary>
    public static (short[] Left, short[] Right) Channels(MemoryStream wav)
    {
        wav.Position = 0;
        using var reader = new WaveFileReader(wav);
        var bytes = new byte[reader.Length];
        reader.ReadExactly(bytes);
        var frames = bytes.Length / 4;
        var left = new short[frames];
        var right = new short[frames];
        for (var i = 0; i < frames; i++)
        {
            left[i] = BitConverter.ToInt16(bytes, i * 4);
            right[i] = BitConverter.ToInt16(bytes, i * 4 + 2);
        }
        return (left, right);
    }
}

/// <summary>Lets a WAV writer close without closing the stream the test reads afterwards.</summary>
internal sealed class NonClosingStream(Stream inner) : Stream
{
    public override bool CanRead => false;
    public override bool CanSeek => inner.CanSeek;
    public override bool CanWrite => true;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => inner.Position = value; }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void SetLength(long value) => inner.SetLength(value);
    public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
}
