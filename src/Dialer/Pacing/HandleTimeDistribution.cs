namespace Outreach.Dialer.Pacing;

/// <summary>
/// Distribution of an agent's handle time (talk plus wrap-up), fitted online as a lognormal from
/// exponentially weighted moments of the log, so it follows slow changes over a shift.
/// </summary>
public sealed class HandleTimeDistribution
{
    private const double Memory = 400;
    private double _mu, _m2, _weight;
    private double _sumSeconds;
    private int _count;

    /// <summary>Calls needed before predictions are made; until then no agent is expected to free.</summary>
    public const int MinimumSamples = 10;

    /// <summary>Number of handle times seen.</summary>
    public int Count => _count;

    /// <summary>Mean of the log of handle time.</summary>
    public double Mu => _mu;

    /// <summary>Standard deviation of the log of handle time.</summary>
    public double Sigma => Math.Sqrt(Math.Max(_m2 - _mu * _mu, 1e-4));

    /// <summary>Mean handle time seen, in seconds.</summary>
    public double MeanSeconds => _count == 0 ? 0 : _sumSeconds / _count;

    /// <summary>Records the handle time of one finished call.</summary>
    public void Observe(TimeSpan handleTime)
    {
        var x = Math.Log(Math.Max(handleTime.TotalSeconds, 0.1));
        _count++;
        _sumSeconds += handleTime.TotalSeconds;
        _weight = Math.Min(_weight + 1, Memory);
        var a = 1.0 / _weight;
        _mu += a * (x - _mu);
        _m2 += a * (x * x - _m2);
    }

    /// <summary>Cumulative probability that a handle time is at most <paramref name="seconds"/>.</summary>
    public double Cdf(double seconds) =>
        seconds <= 0 ? 0 : NormalDistribution.Cdf((Math.Log(seconds) - _mu) / Sigma);

    /// <summary>
    /// Probability that an agent whose call has lasted <paramref name="elapsed"/> is free within
    /// <paramref name="horizon"/>: (F(e+h) − F(e)) / (1 − F(e)).
    /// </summary>
    public double ProbabilityFreeWithin(TimeSpan elapsed, TimeSpan horizon)
    {
        if (_count < MinimumSamples) return 0;
        var e = elapsed.TotalSeconds;
        var fe = Cdf(e);
        var survival = 1 - fe;
        if (survival < 1e-9) return 1;
        return Math.Clamp((Cdf(e + horizon.TotalSeconds) - fe) / survival, 0, 1);
    }
}
