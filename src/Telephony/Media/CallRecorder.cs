using NAudio.Wave;

namespace Outreach.Telephony.Media;

/// <summary>
/// Records a call to a stereo 8 kHz 16-bit WAV through NAudio's writer: one leg per channel, one frame per tick from both,
/// so the channels stay aligned and a leg with nothing to play is written as silence.
/// </summary>
public sealed class CallRecorder : IDisposable
{
    public static readonly WaveFormat Format = new(Prompt.SampleRate, 16, 2);

    private readonly WaveFileWriter _writer;
    private byte[] _interleaved = new byte[160 * 4];
    private long _frames;

    public CallRecorder(Stream output) => _writer = new WaveFileWriter(output, Format);

    public static CallRecorder Create(string path) => new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 64 * 1024));

    public TimeSpan Duration => TimeSpan.FromSeconds(_frames / (double)Prompt.SampleRate);

    /// <summary>Writes one frame: <paramref name="left"/> on channel 1, <paramref name="right"/> on channel 2 (equal lengths).</summary>
    public void Write(ReadOnlySpan<short> left, ReadOnlySpan<short> right)
    {
        var samples = Math.Min(left.Length, right.Length);
        if (_interleaved.Length < samples * 4) _interleaved = new byte[samples * 4];
        for (var i = 0; i < samples; i++)
        {
            var at = i * 4;
            _interleaved[at] = (byte)left[i];
            _interleaved[at + 1] = (byte)(left[i] >> 8);
            _interleaved[at + 2] = (byte)right[i];
            _interleaved[at + 3] = (byte)(right[i] >> 8);
        }
        _writer.Write(_interleaved, 0, samples * 4);
        _frames += samples;
    }

    /// <summary>Closes the file with its sizes written in the header.</summary>
    public void Dispose() => _writer.Dispose();
}
