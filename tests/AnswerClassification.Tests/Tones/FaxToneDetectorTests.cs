using Outreach.AnswerClassification.Tests.Support;
using Outreach.AnswerClassification.Tones;
using static Outreach.AnswerClassification.Tests.Support.Signal;

namespace Outreach.AnswerClassification.Tests.Tones;

public sealed class FaxToneDetectorTests
{
    private static float[] Cng(double hz = 1100, double onMs = 500, double amplitude = 0.3) =>
        Concat(Silence(200), Tone(hz, onMs, amplitude), Silence(3000), Tone(hz, onMs, amplitude), Silence(500));

    [Fact]
    public void A_calling_tone_is_found_when_its_first_burst_ends()
    {
        var detector = new FaxToneDetector();

        var at = Feed.Fax(Cng(), detector);

        Assert.Equal(FaxToneKind.Cng, detector.Detected);
        Assert.InRange(at!.Value, 700, 760);
    }

    [Theory]
    [InlineData(1100 - 30)]
    [InlineData(1100 + 30)]
    public void A_calling_tone_within_t30_tolerance_is_found(double hz)
    {
        var detector = new FaxToneDetector();

        Feed.Fax(Cng(hz), detector);

        Assert.Equal(FaxToneKind.Cng, detector.Detected);
    }

    [Theory]
    [InlineData(1100 - 70)]
    [InlineData(1100 + 70)]
    public void A_tone_just_outside_the_frequency_tolerance_is_not_a_calling_tone(double hz)
    {
        var detector = new FaxToneDetector();

        Assert.Null(Feed.Fax(Cng(hz), detector));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(800)]
    public void A_burst_too_short_or_too_long_is_not_a_calling_tone(double onMs)
    {
        var detector = new FaxToneDetector();

        Assert.Null(Feed.Fax(Cng(onMs: onMs), detector));
    }

    [Fact]
    public void An_answer_tone_is_found_within_half_a_second_of_its_start()
    {
        var detector = new FaxToneDetector();

        var at = Feed.Fax(Concat(Silence(300), Tone(2100, 3000), Silence(200)), detector);

        Assert.Equal(FaxToneKind.Ced, detector.Detected);
        Assert.InRange(at!.Value, 300 + FaxToneDetector.CedMinimumMilliseconds, 300 + 500);
    }

    [Theory]
    [InlineData(2100 - 40)]
    [InlineData(2100 + 40)]
    public void An_answer_tone_outside_v25_tolerance_is_not_found(double hz)
    {
        Assert.Null(Feed.Fax(Concat(Tone(hz, 3000), Silence(100)), new FaxToneDetector()));
    }

    [Fact]
    public void An_answer_tone_too_short_is_not_found()
    {
        Assert.Null(Feed.Fax(Concat(Tone(2100, 300), Silence(1000)), new FaxToneDetector()));
    }

    [Fact]
    public void An_answer_tone_under_quieter_speech_is_still_found()
    {
        var signal = Mix(Tone(2100, 2000, 0.3), SpeechLike(2000, 0.05, seed: 1));

        Assert.NotNull(Feed.Fax(signal, new FaxToneDetector()));
    }

    [Fact]
    public void Speech_alone_is_not_a_fax()
    {
        Assert.Null(Feed.Fax(SpeechLike(6000, 0.1, seed: 2), new FaxToneDetector()));
    }

    [Fact]
    public void A_clipped_answer_tone_is_still_found()
    {
        // Clipping a sine at a third of its peak makes it nearly square: odd harmonics, the fundamental still dominant.
        var signal = Clip(Tone(2100, 2000, 0.9), 0.3);

        Assert.NotNull(Feed.Fax(signal, new FaxToneDetector()));
    }

    [Fact]
    public void All_zero_and_full_scale_input_are_not_fax_and_do_not_break_it()
    {
        Assert.Null(Feed.Fax(Silence(5000), new FaxToneDetector()));
        var fullScale = Enumerable.Range(0, Samples(5000)).Select(i => i % 2 == 0 ? 1f : -1f).ToArray();
        Assert.Null(Feed.Fax(fullScale, new FaxToneDetector()));
        Assert.Null(Feed.Fax(Enumerable.Repeat(1f, Samples(5000)).ToArray(), new FaxToneDetector()));
    }

    [Fact]
    public void Reset_forgets_a_found_tone()
    {
        var detector = new FaxToneDetector();
        Feed.Fax(Cng(), detector);

        detector.Reset();

        Assert.Equal(FaxToneKind.None, detector.Detected);
        Assert.NotNull(Feed.Fax(Cng(), detector));
    }
}
