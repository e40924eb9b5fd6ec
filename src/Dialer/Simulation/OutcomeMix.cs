namespace Outreach.Dialer.Simulation;

/// <summary>Probabilities of each call outcome; they sum to 1.</summary>
public sealed record OutcomeMix(double Human, double Machine, double Busy, double NoAnswer, double Invalid)
{
    /// <summary>Sum of the probabilities.</summary>
    public double Total => Human + Machine + Busy + NoAnswer + Invalid;

    /// <summary>The outcome for a uniform draw in [0, 1).</summary>
    public CallOutcome Pick(double u)
    {
        if ((u -= Human) < 0) return CallOutcome.Human;
        if ((u -= Machine) < 0) return CallOutcome.Machine;
        if ((u -= Busy) < 0) return CallOutcome.Busy;
        if ((u -= NoAnswer) < 0) return CallOutcome.NoAnswer;
        return CallOutcome.Invalid;
    }
}
