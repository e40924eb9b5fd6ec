namespace Outreach.Dialer.Simulation;

/// <summary>A distribution of durations in seconds, sampled from a seeded <see cref="Random"/>.</summary>
/// <param name="Kind">The shape.</param>
/// <param name="First">Value, mean or min, by kind.</param>
/// <param name="Second">Sd or max, by kind (unused for fixed and exponential).</param>
public sealed record Distribution(DistributionKind Kind, double First, double Second = 0)
{
    /// <summary>A fixed value.</summary>
    public static Distribution Fixed(double value) => new(DistributionKind.Fixed, value);

    /// <summary>A lognormal with the given mean and sd of the variable.</summary>
    public static Distribution LogNormal(double mean, double sd) => new(DistributionKind.LogNormal, mean, sd);

    /// <summary>Mean of the distribution.</summary>
    public double Mean => Kind == DistributionKind.Uniform ? (First + Second) / 2 : First;

    /// <summary>Draws one non-negative value.</summary>
    public double Sample(Random random) => Math.Max(0, Kind switch
    {
        DistributionKind.Fixed => First,
        DistributionKind.Exponential => -First * Math.Log(1 - random.NextDouble()),
        DistributionKind.Uniform => First + (Second - First) * random.NextDouble(),
        DistributionKind.Normal => First + Second * StandardNormal(random),
        _ => SampleLogNormal(random),
    });

    private double SampleLogNormal(Random random)
    {
        if (First <= 0) return 0;
        // Moments of the variable itself → parameters of its log.
        var sigma2 = Math.Log(1 + Second * Second / (First * First));
        var mu = Math.Log(First) - sigma2 / 2;
        return Math.Exp(mu + Math.Sqrt(sigma2) * StandardNormal(random));
    }

    private static double StandardNormal(Random random)
    {
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
