namespace Outreach.Dialer.Simulation;

/// <summary>What the simulated network does with a placed call.</summary>
public enum CallOutcome
{
    /// <summary>A live person answers.</summary>
    Human,
    /// <summary>An answering machine answers.</summary>
    Machine,
    /// <summary>The line is busy.</summary>
    Busy,
    /// <summary>Nobody answers before the timeout.</summary>
    NoAnswer,
    /// <summary>The number does not exist.</summary>
    Invalid,
}
