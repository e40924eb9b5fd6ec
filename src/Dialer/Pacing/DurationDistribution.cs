namespace Outreach.Dialer.Pacing;

/// <summary>
/// Distribution of a duration (talk time, wrap-up time), fitted online as a lognormal from
/// exponentially weighted moments of the log, so it follows slow changes over a shift.
/// </summary>
public sealed class DurationDistribution
{
    private const double Memory = 400;
    private double _mu, _m2, _weight;
    private double _sumSeconds;
    private int _count;

    /// <summary>Calls needed before predictions are made; until then no agent is expected to free.</summary>
    public const int MinimumSamples = 10;

    /// <summary>Number of durations seen.</summary>
    public int Count => _count;

    /// <summary>Mean of the log of handle time.</summary>
    public double Mu => _mu;

    /// <summary>Standard deviation of the log of handle time.</summary>
    public double Sigma => Math.Sqrt(Math.Max(_m2 - _mu * _mu, 1e-4));

    /// <summary>Mean duration seen, in seconds.</summary>
    public double MeanSeconds => _count == 0 ? 0 : _sumSeconds / _count;

    /// <summary>Records one finished duration.</summary>
    public void Observe(TimeSpan duration)
    {
        var x = Math.Log(Math.Max(duration.TotalSeconds, 0.1));
        _count++;
        _sumSeconds += duration.TotalSeconds;
        _weight = Math.Min(_weight + 1, Memory);
        var a = 1.0 / _weight;
        _mu += a * (x - _mu);
        _m2 += a * (x * x - _m2);
    }

    /// <summary>The duration at standard-normal score <paramref name="z"/> of its log, in seconds.</summary>
    public double Quantile(double z) => Math.Exp(_mu + z * Sigma);

    /// <summary>Cumulative probability that a duration is at most <paramref name="seconds"/>.</summary>
    public double Cdf(double seconds) =>
        seconds <= 0 ? 0 : NormalDistribution.Cdf((Math.Log(seconds) - _mu) / Sigma);

    /// <summary>
    /// Probability that a duration that has lasted <paramref name="elapsed"/> seconds ends within
    /// <paramref name="horizon"/> more: (F(e+h) − F(e)) / (1 − F(e)).
    /// </summary>
    public double ProbabilityEndsWithin(double elapsed, double horizon)
    {
        if (horizon <= 0) return 0;
        var fe = Cdf(elapsed);
        var survival = 1 - fe;
        if (survival < 1e-9) return 1;
        return Math.Clamp((Cdf(elapsed + horizon) - fe) / survival, 0, 1);
    }
}
