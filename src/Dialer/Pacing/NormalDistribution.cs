namespace Outreach.Dialer.Pacing;

/// <summary>Standard normal distribution functions needed by the pacers.</summary>
public static class NormalDistribution
{
    /// <summary>Φ(x), accurate to about 1e-7 (Abramowitz and Stegun 7.1.26).</summary>
    public static double Cdf(double x)
    {
        var z = Math.Abs(x) / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * z);
        var poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        var erf = 1 - poly * Math.Exp(-z * z);
        return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }
}
