using NAudio.Wave;
using Outreach.Telephony.Media;

namespace Outreach.Telephony.Tests.Media;

public sealed class PromptTests
{
    /// <summary>A WAV of a 1 kHz tone (stereo: the same on both channels), written by NAudio.</summary>
    private static MemoryStream Wav(int rate, int channels, int bits, double seconds)
    {
        var stream = new MemoryStream();
        using (var writer = new WaveFileWriter(new NonClosingStream(stream), new WaveFormat(rate, bits, channels)))
        {
            var samples = (int)(rate * seconds);
            for (var n = 0; n < samples; n++)
            {
                var value = (float)(0.25 * Math.Sin(2 * Math.PI * 1000 * n / rate));
                for (var c = 0; c < channels; c++)
                {
                    if (bits == 8) writer.WriteByte((byte)(128 + value * 127)); // NAudio writes no 8-bit samples itself
                    else writer.WriteSample(value);
                }
            }
        }
        stream.Position = 0;
        return stream;
    }

    [Theory]
    [InlineData(8000, 1, 16)]
    [InlineData(8000, 2, 16)]
    [InlineData(16000, 1, 16)]
    [InlineData(44100, 2, 16)]
    [InlineData(48000, 1, 16)]
    [InlineData(48000, 2, 24)]
    [InlineData(22050, 1, 8)]
    public void Any_pcm_wav_becomes_8_khz_mono_with_its_length_and_tone_kept(int rate, int channels, int bits)
    {
        var prompt = Prompt.Load(Wav(rate, channels, bits, 1.0), out var error);

        Assert.Null(error);
        Assert.InRange(prompt!.Samples.Length, 8000 - 160, 8000 + 160);
        var middle = prompt.Samples.Span.Slice(1000, 6000);
        Assert.True(Tones.DominanceDb(middle, 1000, 500, 1500, 2000, 3000) > 25);
        Assert.InRange(Tones.Rms(middle), 0.25 * 32767 / Math.Sqrt(2) * 0.85, 0.25 * 32767 / Math.Sqrt(2) * 1.15);
    }

    [Fact]
    public void A_file_that_is_not_a_wav_gives_a_reason()
    {
        Assert.Null(Prompt.Load(new MemoryStream("not a wave file at all"u8.ToArray()), out var error));
        Assert.StartsWith("not a readable WAV file", error);
        Assert.Null(Prompt.Load("/nonexistent/prompt.wav", out var missing));
        Assert.Contains("no file", missing);
    }

    [Fact]
    public void The_player_gives_whole_frames_then_silence_and_a_looping_player_starts_over()
    {
        var prompt = Prompt.FromSamples(Enumerable.Range(1, 400).Select(n => (short)n).ToArray());
        var once = new PromptPlayer(prompt);
        var frame = new short[160];

        Assert.True(once.Read(frame));
        Assert.True(once.Read(frame));
        Assert.True(once.Read(frame));
        Assert.Equal([(short)321, (short)400, (short)0], new[] { frame[0], frame[79], frame[80] });
        Assert.False(once.Read(frame));
        Assert.All(frame, s => Assert.Equal(0, s));

        var looping = new PromptPlayer(prompt, loop: true);
        for (var i = 0; i < 3; i++) looping.Read(frame);
        Assert.Equal([(short)321, (short)400, (short)1], new[] { frame[0], frame[79], frame[80] });
        Assert.False(looping.Finished);
    }
}
