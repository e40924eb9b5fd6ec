namespace Outreach.Telephony.Simulated;

/// <summary>
/// What the simulated network does with a call: outcome probabilities (the rest of the mass is congestion)
/// and the time each step takes. Defaults look like a mobile base on a weekday afternoon.
/// </summary>
public sealed record SimulatedNetworkScenario
{
    public double HumanProbability { get; init; } = 0.30;
    public double MachineProbability { get; init; } = 0.10;
    public double BusyProbability { get; init; } = 0.10;
    public double NoAnswerProbability { get; init; } = 0.40;
    public double InvalidProbability { get; init; } = 0.05;

    /// <summary>From placing the call until the first ringing event.</summary>
    public SecondsRange RingingAfter { get; init; } = new(0.5, 1.5);

    /// <summary>How long it rings before someone or something answers.</summary>
    public SecondsRange RingTime { get; init; } = new(3, 15);

    /// <summary>From the answer to the end of the greeting, when the classification is known.</summary>
    public SecondsRange ClassificationTime { get; init; } = new(1, 3);

    /// <summary>How long a bridged customer talks before hanging up.</summary>
    public SecondsRange TalkTime { get; init; } = new(30, 240);

    /// <summary>How long an answered party waits, unbridged and without a prompt, before hanging up.</summary>
    public SecondsRange UnattendedHangUp { get; init; } = new(3, 10);

    /// <summary>When an unanswered call is given up by the network.</summary>
    public double NoAnswerTimeoutSeconds { get; init; } = 30;

    /// <summary>When busy, invalid and congested calls complete.</summary>
    public double FailFastSeconds { get; init; } = 2;

    /// <summary>The share of calls that end in congestion: whatever the named outcomes leave.</summary>
    public double CongestionProbability =>
        1 - HumanProbability - MachineProbability - BusyProbability - NoAnswerProbability - InvalidProbability;

    /// <summary>Problems that make the scenario unusable, in words; empty when it is fine.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        double[] probabilities = [HumanProbability, MachineProbability, BusyProbability, NoAnswerProbability, InvalidProbability];
        if (probabilities.Any(p => p is < 0 or > 1))
            problems.Add("Every outcome probability must be between 0 and 1.");
        if (CongestionProbability < -1e-9)
            problems.Add("The outcome probabilities add up to more than 1.");
        if (new[] { RingingAfter, RingTime, ClassificationTime, TalkTime, UnattendedHangUp }.Any(r => !r.IsValid))
            problems.Add("Every time range needs 0 <= min <= max.");
        if (NoAnswerTimeoutSeconds <= 0 || FailFastSeconds <= 0)
            problems.Add("The no-answer timeout and the fail-fast time must be positive.");
        return problems;
    }
}
