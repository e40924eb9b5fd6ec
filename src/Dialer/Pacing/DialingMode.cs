namespace Outreach.Dialer.Pacing;

/// <summary>How a campaign decides how many calls to place (D1).</summary>
public enum DialingMode
{
    /// <summary>The agent sees the card first; one call per ready agent, bound to that agent.</summary>
    Preview,
    /// <summary>One call per ready agent that has no call on its way.</summary>
    Progressive,
    /// <summary>A fixed number of lines per ready agent.</summary>
    Power,
    /// <summary>A dial level raised or lowered from the measured drop percentage.</summary>
    Adaptive,
    /// <summary>Paced from per-agent free-time prediction and live answer statistics (D2).</summary>
    Predictive,
}
