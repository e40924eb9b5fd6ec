namespace Outreach.AnswerClassification.Tests.Support;

/// <summary>Generated test audio at 8 kHz as floats in [-1, 1]: tones, noise, a speech-like sound, and ways to join them.</summary>
internal static class Signal
{
    public const int Rate = AudioFrame.SampleRate;

    public static int Samples(double milliseconds) => (int)Math.Round(milliseconds * Rate / 1000);

    /// <summary>A sine of <paramref name="hz"/> at <paramref name="amplitude"/> (1 = full scale).</summary>
    public static float[] Tone(double hz, double milliseconds, double amplitude = 0.3, double phase = 0) =>
        Enumerable.Range(0, Samples(milliseconds)).Select(i => (float)(amplitude * Math.Sin(phase + 2 * Math.PI * hz * i / Rate))).ToArray();

    /// <summary>Two sines at once, each at its own amplitude (a DTMF pair).</summary>
    public static float[] Pair(double lowHz, double highHz, double milliseconds, double lowAmplitude = 0.2, double highAmplitude = 0.2) =>
        Mix(Tone(lowHz, milliseconds, lowAmplitude), Tone(highHz, milliseconds, highAmplitude));

    public static float[] Silence(double milliseconds) => new float[Samples(milliseconds)];

    /// <summary>White noise with a given RMS, seeded.</summary>
    public static float[] Noise(double milliseconds, double rms, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, Samples(milliseconds)).Select(_ => (float)(rms * Gaussian(random))).ToArray();
    }

    /// <summary>
    /// A crude voice: a harmonic series on a gliding pitch (110–230 Hz), shaped by two moving formant-like peaks
    /// and a 4 Hz syllable rhythm. Not speech, but spread over harmonics and changing as speech is.
    /// </summary>
    public static float[] SpeechLike(double milliseconds, double rms, int seed)
    {
        var random = new Random(seed);
        var n = Samples(milliseconds);
        var output = new float[n];
        double phase = 0, f0 = 120 + random.NextDouble() * 80, sum = 0;
        for (var i = 0; i < n; i++)
        {
            var t = i / (double)Rate;
            var pitch = f0 * (1 + 0.15 * Math.Sin(2 * Math.PI * 0.7 * t));
            phase += 2 * Math.PI * pitch / Rate;
            var f1 = 500 + 250 * Math.Sin(2 * Math.PI * 3.1 * t);
            var f2 = 1500 + 600 * Math.Sin(2 * Math.PI * 2.3 * t + 1);
            double v = 0;
            for (var h = 1; h * pitch < 3400; h++)
            {
                var f = h * pitch;
                var gain = Math.Exp(-Math.Pow((f - f1) / 200, 2)) + 0.6 * Math.Exp(-Math.Pow((f - f2) / 300, 2)) + 0.05;
                v += gain * Math.Sin(h * phase);
            }
            var syllable = 0.25 + 0.75 * Math.Pow(Math.Sin(Math.PI * 4 * t), 2);
            output[i] = (float)(v * syllable);
            sum += output[i] * output[i];
        }
        return Scale(output, rms / Math.Sqrt(sum / Math.Max(1, n)));
    }

    public static float[] Concat(params float[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>Sum of signals, as long as the longest.</summary>
    public static float[] Mix(params float[][] parts)
    {
        var output = new float[parts.Max(p => p.Length)];
        foreach (var part in parts)
            for (var i = 0; i < part.Length; i++)
                output[i] += part[i];
        return output;
    }

    public static float[] Scale(float[] signal, double gain) => signal.Select(s => (float)(s * gain)).ToArray();

    /// <summary>Hard clipping at <paramref name="limit"/> of full scale.</summary>
    public static float[] Clip(float[] signal, double limit) => signal.Select(s => (float)Math.Clamp(s, -limit, limit)).ToArray();

    public static short[] ToPcm(float[] signal) =>
        signal.Select(s => (short)Math.Clamp(Math.Round(s * 32768), short.MinValue, short.MaxValue)).ToArray();

    public static double Rms(float[] signal) => Math.Sqrt(signal.Sum(s => (double)s * s) / Math.Max(1, signal.Length));

    /// <summary>The 20 ms frames of a signal (a last partial frame is dropped).</summary>
    public static IEnumerable<float[]> Frames(float[] signal)
    {
        for (var start = 0; start + AudioFrame.Samples <= signal.Length; start += AudioFrame.Samples)
            yield return signal[start..(start + AudioFrame.Samples)];
    }

    public static float MeanSquare(float[] frame) => frame.Sum(s => s * s) / frame.Length;

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
