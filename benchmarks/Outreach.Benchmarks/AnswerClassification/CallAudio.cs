namespace Outreach.Benchmarks.AnswerClassification;

/// <summary>
/// Generated call audio for the benchmarks (8 kHz PCM16): a voice-like harmonic sound in syllables, a beep,
/// fax and dead air, with line noise; seeded, made once before anything is timed.
/// </summary>
internal static class CallAudio
{
    private const int Rate = 8000;

    /// <summary>A machine-like call: 0.4 s quiet, <paramref name="speechSeconds"/> of voice, a 1 kHz beep, quiet.</summary>
    public static short[] Greeting(double speechSeconds, int seed)
    {
        var random = new Random(seed);
        var voice = Voice(speechSeconds, random);
        var beep = Enumerable.Range(0, Rate / 3).Select(i => 0.3 * Math.Sin(2 * Math.PI * 1000 * i / Rate));
        var samples = Quiet(0.4).Concat(voice).Concat(Quiet(0.4)).Concat(beep).Concat(Quiet(2.0)).ToArray();
        return ToPcm(samples, random);
    }

    /// <summary>A person: a short hello and waiting.</summary>
    public static short[] Hello(int seed)
    {
        var random = new Random(seed);
        return ToPcm(Quiet(0.5).Concat(Voice(0.6, random)).Concat(Quiet(5)).ToArray(), random);
    }

    /// <summary>A fax answer tone.</summary>
    public static short[] Fax(int seed) =>
        ToPcm(Quiet(0.3).Concat(Enumerable.Range(0, Rate * 3).Select(i => 0.3 * Math.Sin(2 * Math.PI * 2100 * i / Rate))).Concat(Quiet(2)).ToArray(), new Random(seed));

    /// <summary>A mix of calls, so streams do not all do the same thing at the same time.</summary>
    public static short[][] Mix(int count) =>
        Enumerable.Range(0, count).Select(i => (i % 4) switch
        {
            0 => Greeting(2 + i % 5, i),
            1 => Hello(i),
            2 => Fax(i),
            _ => ToPcm(Quiet(6).ToArray(), new Random(i)),
        }).ToArray();

    private static IEnumerable<double> Quiet(double seconds) => Enumerable.Repeat(0.0, (int)(seconds * Rate));

    private static IEnumerable<double> Voice(double seconds, Random random)
    {
        double phase = 0, f0 = 110 + random.NextDouble() * 100;
        for (var i = 0; i < seconds * Rate; i++)
        {
            var t = i / (double)Rate;
            var pitch = f0 * (1 + 0.15 * Math.Sin(2 * Math.PI * 0.7 * t));
            phase += 2 * Math.PI * pitch / Rate;
            double v = 0;
            for (var h = 1; h * pitch < 3400; h++)
                v += Math.Exp(-Math.Pow((h * pitch - 600 - 200 * Math.Sin(6 * t)) / 250, 2)) * Math.Sin(h * phase) + 0.03 * Math.Sin(h * phase);
            yield return 0.1 * v * (0.2 + 0.8 * Math.Pow(Math.Sin(Math.PI * 4 * t), 2));
        }
    }

    private static short[] ToPcm(double[] samples, Random random) =>
        samples.Select(s => (short)Math.Clamp((s + (random.NextDouble() - 0.5) * 0.003) * 32767, short.MinValue, short.MaxValue)).ToArray();
}
