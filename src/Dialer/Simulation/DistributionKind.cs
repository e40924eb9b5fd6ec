namespace Outreach.Dialer.Simulation;

/// <summary>Shapes of the random durations a scenario can use.</summary>
public enum DistributionKind
{
    /// <summary>Always the same value.</summary>
    Fixed,
    /// <summary>Exponential with the given mean.</summary>
    Exponential,
    /// <summary>Uniform between min and max.</summary>
    Uniform,
    /// <summary>Normal with mean and sd, cut at zero.</summary>
    Normal,
    /// <summary>Lognormal given by the mean and sd of the variable itself.</summary>
    LogNormal,
}
