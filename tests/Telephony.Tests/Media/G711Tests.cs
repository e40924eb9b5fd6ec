using Outreach.Telephony.Media;

namespace Outreach.Telephony.Tests.Media;

public sealed class G711Tests
{
    private static short[] ThroughCodecs(short[] pcm, AudioCodec first, AudioCodec second)
    {
        var encoded = new byte[pcm.Length];
        var transcoded = new byte[pcm.Length];
        var decoded = new short[pcm.Length];
        for (var at = 0; at < pcm.Length; at += 160)
        {
            G711.Encode(first, pcm.AsSpan(at, 160), encoded.AsSpan(at, 160));
            G711.Transcode(first, second, encoded.AsSpan(at, 160), transcoded.AsSpan(at, 160));
            G711.Decode(second, transcoded.AsSpan(at, 160), decoded.AsSpan(at, 160));
        }
        return decoded;
    }

    [Theory]
    [InlineData(AudioCodec.Pcmu, AudioCodec.Pcma)]
    [InlineData(AudioCodec.Pcma, AudioCodec.Pcmu)]
    [InlineData(AudioCodec.Pcmu, AudioCodec.Pcmu)]
    public void A_1_khz_tone_keeps_its_energy_within_half_a_decibel_and_its_frequency(AudioCodec first, AudioCodec second)
    {
        var tone = Tones.Sine(1000, 8000, 8000); // 1 s at about −12 dBFS
        var decoded = ThroughCodecs(tone, first, second);

        var energyDb = 20 * Math.Log10(Tones.Rms(decoded) / Tones.Rms(tone));
        Assert.InRange(energyDb, -0.5, 0.5);
        Assert.True(Tones.DominanceDb(decoded, 1000, 500, 800, 1200, 2000, 3000) > 40);
        var noise = tone.Zip(decoded, (a, b) => (short)(a - b)).ToArray();
        var snrDb = 20 * Math.Log10(Tones.Rms(tone) / Tones.Rms(noise));
        // One G.711 quantisation gives about 35 dB at this level; a transcode quantises twice (about 28 dB).
        var floor = first == second ? 33 : 25;
        Assert.True(snrDb > floor, $"signal to quantisation noise {snrDb:F1} dB");
    }

    [Theory]
    [InlineData(AudioCodec.Pcmu)]
    [InlineData(AudioCodec.Pcma)]
    public void Every_code_decodes_and_encodes_back_to_itself(AudioCodec codec)
    {
        var codes = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        var pcm = new short[256];
        var again = new byte[256];
        G711.Decode(codec, codes, pcm);
        G711.Encode(codec, pcm, again);

        var mismatched = codes.Where((c, i) => again[i] != c && pcm[i] != 0).ToList();
        Assert.Empty(mismatched); // µ-law has two zeros (0x7F, 0xFF); both decode to 0
    }

    [Fact]
    public void Silence_is_the_codec_byte_for_zero()
    {
        Assert.Equal((0xFF, 0xD5), (AudioCodec.Pcmu.Silence(), AudioCodec.Pcma.Silence()));
    }
}
