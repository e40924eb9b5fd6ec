namespace Outreach.AnswerClassification.Dsp;

/// <summary>
/// One Goertzel bin: the power of a single frequency in a block, scaled so that a sine of amplitude A at that
/// frequency gives A²/2 — its mean square — and the ratio to the block's mean square is 1 for a pure tone.
/// </summary>
public readonly struct Goertzel
{
    private readonly float coefficient;

    /// <summary>A bin at <paramref name="frequency"/> Hz for audio at <paramref name="sampleRate"/>.</summary>
    public Goertzel(double frequency, int sampleRate = AudioFrame.SampleRate)
    {
        Frequency = frequency;
        coefficient = (float)(2 * Math.Cos(2 * Math.PI * frequency / sampleRate));
    }

    /// <summary>The bin's frequency in Hz.</summary>
    public double Frequency { get; }

    /// <summary>The power of <see cref="Frequency"/> in <paramref name="block"/>.</summary>
    public float Power(ReadOnlySpan<float> block)
    {
        float s1 = 0, s2 = 0;
        foreach (var x in block)
        {
            var s0 = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        var power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return 2f * power / ((float)block.Length * block.Length);
    }

    /// <summary>The share of the block's mean square that lies in this bin: about 1 for a pure tone on the bin.</summary>
    public float Purity(ReadOnlySpan<float> block, float meanSquare) =>
        meanSquare <= 1e-12f ? 0f : Power(block) / meanSquare;
}
