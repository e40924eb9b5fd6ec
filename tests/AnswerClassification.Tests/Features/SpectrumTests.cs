using Outreach.AnswerClassification.Dsp;
using static Outreach.AnswerClassification.Tests.Support.Signal;

namespace Outreach.AnswerClassification.Tests.Features;

public sealed class SpectrumTests
{
    [Theory]
    [InlineData(500)]
    [InlineData(1234)]
    [InlineData(3000)]
    public void A_pure_tone_has_its_peak_at_its_frequency_and_holds_the_power(double hz)
    {
        var spectrum = new Spectrum();

        spectrum.Analyse(Tone(hz, 20));

        Assert.InRange(spectrum.PeakHz, hz - 10, hz + 10);
        Assert.True(spectrum.PeakShare > 0.95);
        Assert.True(spectrum.Flatness < 0.1);
    }

    [Fact]
    public void White_noise_is_flat_with_a_mid_band_centroid()
    {
        var spectrum = new Spectrum();

        spectrum.Analyse(Noise(20, 0.1, seed: 1));

        Assert.True(spectrum.Flatness > 0.3);
        Assert.InRange(spectrum.CentroidHz, 1400, 2300);
        Assert.True(spectrum.PeakShare < 0.3);
        Assert.InRange(spectrum.LowShare + spectrum.MidShare + spectrum.HighShare, 0.999, 1.001);
    }

    [Fact]
    public void All_zero_input_gives_finite_numbers()
    {
        var spectrum = new Spectrum();

        spectrum.Analyse(Silence(20));

        Assert.True(float.IsFinite(spectrum.CentroidHz) && float.IsFinite(spectrum.Flatness) && float.IsFinite(spectrum.PeakHz));
    }
}
