using Outreach.AnswerClassification.Tests.Support;
using Outreach.AnswerClassification.Tones;
using static Outreach.AnswerClassification.Tests.Support.Signal;

namespace Outreach.AnswerClassification.Tests.Tones;

public sealed class SitDetectorTests
{
    private const double Low1 = 913.8, High1 = 985.2, Low2 = 1370.6, High2 = 1428.5, Third = 1776.7;
    private const double Short = 276, Long = 380;

    private static float[] Sit(double f1, double d1, double f2, double d2, double f3 = Third, double d3 = Long, double lead = 100) =>
        Concat(Silence(lead), Tone(f1, d1), Tone(f2, d2), Tone(f3, d3), Silence(300), SpeechLike(1500, 0.1, seed: 3));

    [Theory]
    [InlineData(Low1, Short, Low2, Short, SitCode.Intercept)]
    [InlineData(High1, Long, Low2, Short, SitCode.VacantCode)]
    [InlineData(Low1, Short, High2, Long, SitCode.Reorder)]
    [InlineData(High1, Long, High2, Long, SitCode.NoCircuit)]
    [InlineData(High1, Short, High2, Short, SitCode.IneffectiveOther)]
    public void Each_telcordia_code_is_read_from_its_first_two_segments(double f1, double d1, double f2, double d2, SitCode code)
    {
        var detector = new SitDetector();

        var at = Feed.Sit(Sit(f1, d1, f2, d2), detector);

        Assert.True(detector.Detected);
        Assert.Equal(code, detector.Code);
        Assert.InRange(at!.Value, 100 + d1 + d2 + SitDetector.ThirdSegmentConfirmMilliseconds - 20, 100 + d1 + d2 + 160);
    }

    [Fact]
    public void The_itu_e180_nominal_tones_are_a_sit_without_a_code()
    {
        var detector = new SitDetector();

        Assert.NotNull(Feed.Sit(Sit(950, 330, 1400, 330, 1800, 330), detector));
        Assert.Equal(SitCode.Uncoded, detector.Code);
    }

    [Theory]
    [InlineData(150)]
    [InlineData(550)]
    public void Segments_just_outside_the_length_tolerance_are_not_a_sit(double length)
    {
        Assert.Null(Feed.Sit(Sit(Low1, length, Low2, length, Third, length), new SitDetector()));
    }

    [Fact]
    public void Segments_out_of_order_are_not_a_sit()
    {
        Assert.Null(Feed.Sit(Sit(Low2, Short, Low1, Short), new SitDetector()));
    }

    [Fact]
    public void A_segment_just_outside_the_frequency_tolerance_breaks_the_sit()
    {
        // E.180 allows 1400 ± 50 Hz; 1500 Hz lies in no bin of the second segment.
        Assert.Null(Feed.Sit(Sit(Low1, Short, 1500, Short), new SitDetector()));
    }

    [Fact]
    public void A_sit_with_quieter_speech_over_it_is_still_found()
    {
        var tones = Sit(Low1, Short, Low2, Short);
        var signal = Mix(tones, SpeechLike(tones.Length * 1000.0 / Rate, 0.04, seed: 4));

        Assert.NotNull(Feed.Sit(signal, new SitDetector()));
    }

    [Fact]
    public void Speech_silence_clipping_and_full_scale_are_not_a_sit()
    {
        Assert.Null(Feed.Sit(SpeechLike(6000, 0.1, seed: 5), new SitDetector()));
        Assert.Null(Feed.Sit(Silence(3000), new SitDetector()));
        Assert.Null(Feed.Sit(Enumerable.Repeat(1f, Samples(3000)).ToArray(), new SitDetector()));
        Assert.NotNull(Feed.Sit(Clip(Sit(Low1, Short, Low2, Short), 0.15), new SitDetector()));
    }
}
