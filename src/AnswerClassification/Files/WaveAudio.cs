using NAudio.Codecs;
using NAudio.Wave;
using NAudio.Wave.SampleProviders;

namespace Outreach.AnswerClassification.Files;

/// <summary>A WAV file read as the classifier hears it: 8 kHz mono PCM16, with a note when it had to be converted.</summary>
public sealed record WaveAudio(short[] Samples, string? Conversion)
{
    /// <summary>Length of the audio.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(Samples.Length / (double)AudioFrame.SampleRate);

    /// <summary>
    /// Reads <paramref name="path"/>: PCM of any rate and channel count, IEEE float, or G.711. Other rates are
    /// resampled with NAudio's WDL resampler and channels are averaged, and <see cref="Conversion"/> says so.
    /// Throws <see cref="InvalidDataException"/> with a one-line reason for a file that is not a usable WAV.
    /// </summary>
    public static WaveAudio Read(string path)
    {
        try
        {
            using var reader = new WaveFileReader(path);
            return Read(reader);
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"not a WAV file ({e.Message.TrimEnd('.')})", e);
        }
        catch (Exception e) when (e is ArgumentException or EndOfStreamException or NotSupportedException or InvalidOperationException)
        {
            throw new InvalidDataException($"unreadable WAV file ({e.Message.TrimEnd('.')})", e);
        }
    }

    private static WaveAudio Read(WaveFileReader reader)
    {
        var format = reader.WaveFormat;
        if (format.Encoding is WaveFormatEncoding.MuLaw or WaveFormatEncoding.ALaw && format.Channels == 1 && format.SampleRate == AudioFrame.SampleRate)
            return new WaveAudio(DecodeG711(reader, format.Encoding == WaveFormatEncoding.ALaw), null);
        var source = Mono(reader.ToSampleProvider(), format.Channels);
        var notes = new List<string>();
        if (format.Channels != 1)
            notes.Add($"{format.Channels} channels averaged to mono");
        if (format.SampleRate != AudioFrame.SampleRate)
        {
            source = new WdlResamplingSampleProvider(source, AudioFrame.SampleRate);
            notes.Add($"resampled from {format.SampleRate} Hz to {AudioFrame.SampleRate} Hz");
        }
        if (format.Encoding != WaveFormatEncoding.Pcm || format.BitsPerSample != 16)
            notes.Add($"converted from {format.Encoding} {format.BitsPerSample}-bit");
        return new WaveAudio(ToPcm16(source), notes.Count == 0 ? null : string.Join(", ", notes));
    }

    private static ISampleProvider Mono(ISampleProvider source, int channels) => channels switch
    {
        1 => source,
        2 => new StereoToMonoSampleProvider(source),
        _ => new ChannelAverage(source, channels),
    };

    private static short[] ToPcm16(ISampleProvider source)
    {
        var samples = new List<short>();
        var buffer = new float[4096];
        int read;
        while ((read = source.Read(buffer.AsSpan())) > 0)
            for (var i = 0; i < read; i++)
                samples.Add((short)Math.Clamp(Math.Round(buffer[i] * 32768f), short.MinValue, short.MaxValue));
        return samples.ToArray();
    }

    private static short[] DecodeG711(WaveFileReader reader, bool aLaw)
    {
        var bytes = new byte[reader.Length];
        var read = reader.Read(bytes, 0, bytes.Length);
        var samples = new short[read];
        if (aLaw)
            ALawDecoder.Decode(bytes.AsSpan(0, read), samples);
        else
            MuLawDecoder.Decode(bytes.AsSpan(0, read), samples);
        return samples;
    }

    // Averages any number of interleaved channels into one.
    private sealed class ChannelAverage(ISampleProvider source, int channels) : ISampleProvider
    {
        private float[] wide = [];

        public WaveFormat WaveFormat { get; } = WaveFormat.CreateIeeeFloatWaveFormat(source.WaveFormat.SampleRate, 1);

        public int Read(Span<float> buffer)
        {
            if (wide.Length < buffer.Length * channels)
                wide = new float[buffer.Length * channels];
            var read = source.Read(wide.AsSpan(0, buffer.Length * channels)) / channels;
            for (var i = 0; i < read; i++)
            {
                var sum = 0f;
                for (var c = 0; c < channels; c++)
                    sum += wide[i * channels + c];
                buffer[i] = sum / channels;
            }
            return read;
        }
    }
}
