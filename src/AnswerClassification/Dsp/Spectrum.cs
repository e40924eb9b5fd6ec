using NAudio.Dsp;

namespace Outreach.AnswerClassification.Dsp;

/// <summary>
/// The spectral shape of one 20 ms frame by NAudio's FFT (Hann window, zero-padded to 256 points, 31.25 Hz bins):
/// centroid, flatness, the power in three telephone bands, and the strongest peak with the share of the band's
/// power it holds (a pure tone's peak holds nearly all of it; speech spreads it over harmonics).
/// </summary>
public sealed class Spectrum
{
    /// <summary>FFT length.</summary>
    public const int Length = 256;

    private const int Log2Length = 8;
    private const double BinHz = (double)AudioFrame.SampleRate / Length;
    private static readonly int LowBin = (int)(300 / BinHz);
    private static readonly int MidBin = (int)(1000 / BinHz);
    private static readonly int HighBin = (int)(2000 / BinHz);
    private static readonly int TopBin = (int)(3400 / BinHz);

    private readonly Complex[] buffer = new Complex[Length];
    private readonly float[] window = new float[AudioFrame.Samples];
    private readonly float[] power = new float[Length / 2];

    /// <summary>A spectrum analyser with its window and buffers allocated once.</summary>
    public Spectrum()
    {
        for (var i = 0; i < window.Length; i++)
            window[i] = (float)FastFourierTransform.HannWindow(i, window.Length);
    }

    /// <summary>Power-weighted mean frequency in 300–3400 Hz.</summary>
    public float CentroidHz { get; private set; }

    /// <summary>Geometric over arithmetic mean of the power in 300–3400 Hz: near 1 for noise, near 0 for tones.</summary>
    public float Flatness { get; private set; }

    /// <summary>Share of the 300–3400 Hz power in 300–1000 Hz.</summary>
    public float LowShare { get; private set; }

    /// <summary>Share of the 300–3400 Hz power in 1000–2000 Hz.</summary>
    public float MidShare { get; private set; }

    /// <summary>Share of the 300–3400 Hz power in 2000–3400 Hz.</summary>
    public float HighShare { get; private set; }

    /// <summary>Frequency of the strongest bin, refined between its neighbours.</summary>
    public float PeakHz { get; private set; }

    /// <summary>Share of the 300–3400 Hz power within two bins of the peak.</summary>
    public float PeakShare { get; private set; }

    /// <summary>Analyses one frame of 160 samples.</summary>
    public void Analyse(ReadOnlySpan<float> frame)
    {
        for (var i = 0; i < Length; i++)
            buffer[i] = new Complex { X = i < frame.Length ? frame[i] * window[i] : 0f, Y = 0f };
        FastFourierTransform.FFT(true, Log2Length, buffer);
        for (var i = 0; i < power.Length; i++)
            power[i] = buffer[i].X * buffer[i].X + buffer[i].Y * buffer[i].Y;
        Shape();
        Peak();
    }

    /// <summary>Sets every measure to zero, for a frame not analysed.</summary>
    public void Clear() => (CentroidHz, Flatness, LowShare, MidShare, HighShare, PeakHz, PeakShare) = (0, 0, 0, 0, 0, 0, 0);

    private void Shape()
    {
        double total = 0, weighted = 0, logSum = 0, low = 0, mid = 0;
        for (var i = LowBin; i < TopBin; i++)
        {
            var p = power[i] + 1e-14;
            total += p;
            weighted += p * i * BinHz;
            logSum += Math.Log(p);
            if (i < MidBin) low += p;
            else if (i < HighBin) mid += p;
        }
        var count = TopBin - LowBin;
        CentroidHz = (float)(weighted / total);
        Flatness = (float)(Math.Exp(logSum / count) / (total / count));
        LowShare = (float)(low / total);
        MidShare = (float)(mid / total);
        HighShare = (float)(1 - (low + mid) / total);
    }

    private void Peak()
    {
        var best = LowBin;
        double total = 1e-14;
        for (var i = LowBin; i < TopBin; i++)
        {
            total += power[i];
            if (power[i] > power[best])
                best = i;
        }
        double near = 0;
        for (var i = Math.Max(LowBin, best - 2); i <= Math.Min(TopBin - 1, best + 2); i++)
            near += power[i];
        PeakShare = (float)(near / total);
        PeakHz = (float)(Refine(best) * BinHz);
    }

    // Parabolic interpolation on log power between the peak and its neighbours.
    private double Refine(int bin)
    {
        var a = Math.Log(power[bin - 1] + 1e-14);
        var b = Math.Log(power[bin] + 1e-14);
        var c = Math.Log(power[bin + 1] + 1e-14);
        var denominator = a - 2 * b + c;
        return denominator == 0 ? bin : bin + 0.5 * (a - c) / denominator;
    }
}
