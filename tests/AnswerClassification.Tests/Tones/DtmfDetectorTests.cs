using Outreach.AnswerClassification.Tests.Support;
using Outreach.AnswerClassification.Tones;
using static Outreach.AnswerClassification.Tests.Support.Signal;

namespace Outreach.AnswerClassification.Tests.Tones;

public sealed class DtmfDetectorTests
{
    private static readonly double[] Rows = [697, 770, 852, 941];
    private static readonly double[] Columns = [1209, 1336, 1477, 1633];
    private const string Keys = "123A456B789C*0#D";

    private static float[] Press(int key, double ms = 80, double rowScale = 1, double columnScale = 1, double lowGain = 0.2, double highGain = 0.2) =>
        Concat(Silence(60), Pair(Rows[key / 4] * rowScale, Columns[key % 4] * columnScale, ms, lowGain, highGain), Silence(60));

    [Fact]
    public void Every_key_is_read_once_per_press()
    {
        var detector = new DtmfDetector();

        var digits = Feed.Dtmf(Concat(Enumerable.Range(0, 16).Select(k => Press(k)).ToArray()), detector);

        Assert.Equal(Keys, digits);
    }

    [Theory]
    [InlineData(1.015, 1.0)]
    [InlineData(0.985, 0.985)]
    [InlineData(1.0, 1.015)]
    public void Tones_within_one_and_a_half_percent_are_accepted(double rowScale, double columnScale)
    {
        var digits = Feed.Dtmf(Concat(Enumerable.Range(0, 16).Select(k => Press(k, rowScale: rowScale, columnScale: columnScale)).ToArray()), new DtmfDetector());

        Assert.Equal(Keys, digits);
    }

    [Theory]
    [InlineData(1.035, 1.0)]
    [InlineData(1.0, 0.965)]
    public void Tones_three_and_a_half_percent_off_are_rejected(double rowScale, double columnScale)
    {
        var digits = Feed.Dtmf(Concat(Enumerable.Range(0, 16).Select(k => Press(k, rowScale: rowScale, columnScale: columnScale)).ToArray()), new DtmfDetector());

        Assert.Equal("", digits);
    }

    [Theory]
    [InlineData(0.2, 0.2 * 1.5, true)]   // column 3.5 dB up: forward twist within +4 dB
    [InlineData(0.2, 0.2 * 1.8, false)]  // column 5.1 dB up
    [InlineData(0.2, 0.2 / 2.3, true)]   // row 7.2 dB up: reverse twist within 8 dB
    [InlineData(0.2, 0.2 / 3.0, false)]  // row 9.5 dB up
    public void Twist_limits_are_those_of_the_standards(double low, double high, bool accepted)
    {
        var digits = Feed.Dtmf(Press(5, lowGain: low, highGain: high), new DtmfDetector());

        Assert.Equal(accepted ? "5" : "", digits);
    }

    [Fact]
    public void A_key_in_noise_ten_db_down_is_read_and_in_noise_at_the_same_level_is_not()
    {
        var press = Press(9, ms: 200);
        var tonesRms = Rms(press[Samples(60)..^Samples(60)]);

        Assert.Equal("8", Feed.Dtmf(Mix(press, Noise(320, tonesRms / Math.Sqrt(10), seed: 6)), new DtmfDetector()));
        Assert.Equal("", Feed.Dtmf(Mix(press, Noise(320, tonesRms, seed: 7)), new DtmfDetector()));
    }

    [Fact]
    public void Speech_single_tones_silence_and_full_scale_give_no_digit()
    {
        Assert.Equal("", Feed.Dtmf(SpeechLike(5000, 0.1, seed: 8), new DtmfDetector()));
        Assert.Equal("", Feed.Dtmf(Tone(941, 500), new DtmfDetector()));
        Assert.Equal("", Feed.Dtmf(Silence(500), new DtmfDetector()));
        Assert.Equal("", Feed.Dtmf(Enumerable.Repeat(1f, Samples(500)).ToArray(), new DtmfDetector()));
    }

    [Fact]
    public void A_moderately_clipped_key_is_still_read()
    {
        Assert.Equal("0", Feed.Dtmf(Clip(Press(13, lowGain: 0.3, highGain: 0.3), 0.45), new DtmfDetector()));
    }

    [Fact]
    public void A_key_over_speech_twenty_db_down_is_still_read()
    {
        var press = Press(6, ms: 200);

        Assert.Equal("6", Feed.Dtmf(Mix(press, SpeechLike(320, Rms(press) / 10, seed: 9)), new DtmfDetector()));
    }
}
