namespace Outreach.AnswerClassification;

/// <summary>The one audio format the classifier works on: 8 kHz mono, in 20 ms frames of 160 samples.</summary>
public static class AudioFrame
{
    /// <summary>Samples per second.</summary>
    public const int SampleRate = 8000;

    /// <summary>Samples in one 20 ms frame.</summary>
    public const int Samples = 160;

    /// <summary>Milliseconds in one frame.</summary>
    public const int Milliseconds = 20;

    /// <summary>Seconds in one frame.</summary>
    public const double Seconds = 0.02;

    /// <summary>The audio time at the end of frame <paramref name="frames"/> (counted from 1).</summary>
    public static TimeSpan TimeAt(long frames) => TimeSpan.FromMilliseconds(frames * Milliseconds);

    /// <summary>Whole frames in a duration, rounded to the nearest frame.</summary>
    public static int FramesIn(double milliseconds) => (int)Math.Round(milliseconds / Milliseconds);

    /// <summary>Scales PCM16 samples to floats in [-1, 1).</summary>
    public static void ToFloat(ReadOnlySpan<short> pcm, Span<float> samples)
    {
        for (var i = 0; i < pcm.Length; i++)
            samples[i] = pcm[i] * (1f / 32768f);
    }

    /// <summary>Mean square of a frame in dB full scale (a full-scale square wave is 0 dB, a full-scale sine -3 dB).</summary>
    public static float EnergyDb(ReadOnlySpan<float> samples) => PowerToDb(MeanSquare(samples));

    /// <summary>Mean of the squared samples (0 for an empty block).</summary>
    public static float MeanSquare(ReadOnlySpan<float> samples)
    {
        var sum = 0f;
        foreach (var s in samples)
            sum += s * s;
        return samples.IsEmpty ? 0 : sum / samples.Length;
    }

    /// <summary>A power (mean square) in dB, floored at -120 dB so silence stays finite.</summary>
    public static float PowerToDb(float power) => power <= 1e-12f ? -120f : 10f * MathF.Log10(power);
}
