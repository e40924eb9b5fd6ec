namespace Outreach.Telephony.Tests.Media;

/// <summary>Test signals and measurements: a sine, RMS, and the Goertzel filter's power at one frequency.</summary>
internal static class Tones
{
    public static short[] Sine(double hz, double amplitude, int samples, int rate = 8000, int offset = 0) =>
        Enumerable.Range(offset, samples).Select(n => (short)Math.Round(amplitude * Math.Sin(2 * Math.PI * hz * n / rate))).ToArray();

    public static double Rms(ReadOnlySpan<short> samples)
    {
        if (samples.Length == 0) return 0;
        double sum = 0;
        foreach (var s in samples) sum += (double)s * s;
        return Math.Sqrt(sum / samples.Length);
    }

    /// <summary>The Goertzel power at <paramref name="hz"/>, normalised so a sine of amplitude A gives about A²/4.</summary>
    public static double Power(ReadOnlySpan<short> samples, double hz, int rate = 8000)
    {
        var coefficient = 2 * Math.Cos(2 * Math.PI * hz / rate);
        double s1 = 0, s2 = 0;
        foreach (var x in samples)
        {
            var s0 = x + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        var power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        return power / ((double)samples.Length * samples.Length);
    }

    /// <summary>
    /// The 20 ms frames that carry sound (RMS over 1000), joined: a real-time test on a busy machine may have silent
    /// frames where its clock fell behind, and those say nothing about whether the audio crossed.
    /// </summary>
    public static short[] Voiced(ReadOnlySpan<short> samples, out int frames)
    {
        var voiced = new List<short>();
        frames = 0;
        for (var at = 0; at + 160 <= samples.Length; at += 160)
        {
            var frame = samples.Slice(at, 160);
            if (Rms(frame) <= 1000) continue;
            voiced.AddRange(frame.ToArray());
            frames++;
        }
        return voiced.ToArray();
    }

    /// <summary>Decibels of the tone at <paramref name="hz"/> over the strongest of the other probe frequencies.</summary>
    public static double DominanceDb(ReadOnlySpan<short> samples, double hz, params double[] others)
    {
        var tone = Power(samples, hz);
        var rest = 0.0;
        foreach (var other in others) rest = Math.Max(rest, Power(samples, other));
        return 10 * Math.Log10(tone / Math.Max(rest, 1e-9));
    }
}
