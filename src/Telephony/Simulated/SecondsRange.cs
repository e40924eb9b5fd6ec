namespace Outreach.Telephony.Simulated;

/// <summary>A duration drawn uniformly between two bounds, in seconds.</summary>
public sealed record SecondsRange(double Min, double Max)
{
    /// <summary>One draw from the range.</summary>
    public TimeSpan Draw(Random random) => TimeSpan.FromSeconds(Min + (random.NextDouble() * (Max - Min)));

    /// <summary>True when both bounds are non-negative and in order.</summary>
    public bool IsValid => Min >= 0 && Max >= Min;
}
