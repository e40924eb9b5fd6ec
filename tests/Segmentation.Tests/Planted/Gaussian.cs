namespace Outreach.Segmentation.Tests.Planted;

/// <summary>Normal draws from a seeded <see cref="Random"/> (Box–Muller).</summary>
internal static class Gaussian
{
    public static double Next(Random random, double mean, double std)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return mean + (std * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }
}
