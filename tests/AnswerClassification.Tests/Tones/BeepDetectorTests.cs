using Outreach.AnswerClassification.Dsp;
using Outreach.AnswerClassification.Tests.Support;
using Outreach.AnswerClassification.Tones;
using static Outreach.AnswerClassification.Tests.Support.Signal;

namespace Outreach.AnswerClassification.Tests.Tones;

public sealed class BeepDetectorTests
{
    // Feeds the detector the way the classifier does and returns (found, end in ms).
    private static (bool Found, double EndMs, float Hz) Run(float[] signal)
    {
        var detector = new BeepDetector();
        var spectrum = new Spectrum();
        foreach (var frame in Frames(signal))
        {
            spectrum.Analyse(frame);
            var db = AudioFrame.PowerToDb(MeanSquare(frame));
            detector.Step(db > -50, db, spectrum.PeakHz, spectrum.PeakShare);
        }
        return (detector.Found, detector.EndedAt.TotalMilliseconds, detector.FoundHz);
    }

    [Theory]
    [InlineData(400, 80)]
    [InlineData(1000, 500)]
    [InlineData(1400, 250)]
    [InlineData(2000, 1500)]
    public void A_beep_is_found_and_its_end_placed_within_a_frame(double hz, double ms)
    {
        var signal = Concat(SpeechLike(1500, 0.1, seed: 1), Silence(310), Tone(hz, ms), Silence(500));

        var (found, end, foundHz) = Run(signal);

        Assert.True(found);
        Assert.InRange(end, 1810 + ms - 20, 1810 + ms + 20);
        Assert.InRange(foundHz, hz - 20, hz + 20);
    }

    [Theory]
    [InlineData(300, 500)]
    [InlineData(2300, 500)]
    [InlineData(1000, 50)]
    [InlineData(1000, 2500)]
    public void A_tone_outside_the_beep_limits_is_not_a_beep(double hz, double ms)
    {
        Assert.False(Run(Concat(Silence(300), Tone(hz, ms), Silence(500))).Found);
    }

    [Fact]
    public void Speech_is_not_a_beep()
    {
        Assert.False(Run(SpeechLike(8000, 0.1, seed: 2)).Found);
    }

    [Fact]
    public void A_beep_in_line_noise_twenty_db_down_is_found()
    {
        var signal = Mix(Concat(Silence(500), Tone(900, 400), Silence(500)), Noise(1400, 0.3 / Math.Sqrt(2) / 10, seed: 3));

        Assert.True(Run(signal).Found);
    }

    [Fact]
    public void A_gliding_tone_is_not_a_beep()
    {
        var glide = Enumerable.Range(0, Samples(600)).Select(i => (float)(0.3 * Math.Sin(2 * Math.PI * (600 + 1000 * i / (double)Rate) * i / Rate))).ToArray();

        Assert.False(Run(Concat(Silence(200), glide, Silence(300))).Found);
    }

    [Fact]
    public void A_clipped_beep_and_a_beep_over_quieter_speech_are_found()
    {
        Assert.True(Run(Concat(Silence(300), Clip(Tone(900, 400, 0.9), 0.6), Silence(500))).Found);
        Assert.True(Run(Concat(Silence(300), Mix(Tone(900, 400, 0.3), SpeechLike(400, 0.01, seed: 4)), Silence(500))).Found);
    }

    [Fact]
    public void All_zero_and_full_scale_input_are_not_beeps()
    {
        Assert.False(Run(Silence(3000)).Found);
        Assert.False(Run(Enumerable.Repeat(1f, Samples(3000)).ToArray()).Found);
        Assert.False(Run(Enumerable.Range(0, Samples(3000)).Select(i => i % 2 == 0 ? 1f : -1f).ToArray()).Found);
    }
}
