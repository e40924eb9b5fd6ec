using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace Outreach.Telephony.Media;

/// <summary>An audio prompt ready to send: 8 kHz mono 16-bit samples, converted once from a WAV file by NAudio.</summary>
public sealed class Prompt
{
    public const int SampleRate = 8000;

    private Prompt(short[] samples) => Samples = samples;

    public ReadOnlyMemory<short> Samples { get; }

    public TimeSpan Duration => TimeSpan.FromSeconds(Samples.Length / (double)SampleRate);

    public static Prompt FromSamples(short[] samples8kMono) => new(samples8kMono);

    /// <summary>Reads any PCM (or float) WAV, mono or stereo at any rate, down to 8 kHz mono; a bad file gives a reason, not an exception.</summary>
    public static Prompt? Load(Stream wav, out string? error)
    {
        error = null;
        try
        {
            using var reader = new WaveFileReader(wav);
            var format = reader.WaveFormat;
            if (format.Encoding is not (WaveFormatEncoding.Pcm or WaveFormatEncoding.IeeeFloat or WaveFormatEncoding.Extensible))
                return Fail($"the WAV is {format.Encoding}, not PCM", out error);
            if (format.Channels is < 1 or > 2) return Fail($"the WAV has {format.Channels} channels (1 or 2 are read)", out error);
            ISampleProvider samples = reader.ToSampleProvider();
            if (format.Channels == 2) samples = new StereoToMonoSampleProvider(samples);
            if (format.SampleRate != SampleRate) samples = new WdlResamplingSampleProvider(samples, SampleRate);
            return new Prompt(ReadAll(samples));
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or EndOfStreamException or ArgumentException or NotSupportedException)
        {
            return Fail($"not a readable WAV file: {e.Message}", out error);
        }
    }

    public static Prompt? Load(string path, out string? error)
    {
        if (!File.Exists(path)) return Fail($"no file {path}", out error);
        using var file = File.OpenRead(path);
        return Load(file, out error);
    }

    private static short[] ReadAll(ISampleProvider source)
    {
        var output = new List<short>();
        var buffer = new float[4096];
        int read;
        while ((read = source.Read(buffer.AsSpan())) > 0)
        {
            for (var i = 0; i < read; i++) output.Add((short)Math.Clamp(buffer[i] * 32767f, -32768f, 32767f));
        }
        return output.ToArray();
    }

    private static Prompt? Fail(string reason, out string? error)
    {
        error = reason;
        return null;
    }
}
