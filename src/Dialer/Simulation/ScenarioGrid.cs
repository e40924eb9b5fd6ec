namespace Outreach.Dialer.Simulation;

/// <summary>
/// The acceptance grid of scenarios: 5, 20, 50 and 200 agents × live answer rate 10%, 30%, 60%
/// × talk 60 s and 300 s, plus an answer-rate shift and a shift change.
/// </summary>
public static class ScenarioGrid
{
    /// <summary>Team sizes of the grid.</summary>
    public static readonly int[] TeamSizes = [5, 20, 50, 200];

    /// <summary>Live answer rates of the grid.</summary>
    public static readonly double[] AnswerRates = [0.10, 0.30, 0.60];

    /// <summary>Mean talk times of the grid, in seconds.</summary>
    public static readonly double[] TalkTimes = [60, 300];

    /// <summary>Every scenario of the grid for the given length and seed.</summary>
    public static IEnumerable<Scenario> All(double durationMinutes, int seed)
    {
        foreach (var agents in TeamSizes)
            foreach (var rate in AnswerRates)
                foreach (var talk in TalkTimes)
                    yield return Basic(agents, rate, talk, durationMinutes, seed);
        yield return AnswerRateShift(durationMinutes, seed);
        yield return ShiftChange(durationMinutes, seed);
    }

    /// <summary>A steady scenario: one team for the whole run.</summary>
    public static Scenario Basic(int agents, double answerRate, double talkSeconds, double durationMinutes, int seed) => new()
    {
        Name = $"{agents} agents, {answerRate:P0} answers, talk {talkSeconds:0}s",
        Seed = seed,
        DurationMinutes = durationMinutes,
        Agents = [new AgentShift(agents, 0, durationMinutes)],
        Contacts = 10_000_000,
        Outcomes = Mix(answerRate),
        RingSeconds = Distribution.LogNormal(12, 6),
        NoAnswerTimeoutSeconds = 25,
        FailFastSeconds = 3,
        ClassificationSeconds = new Distribution(DistributionKind.Normal, 2.0, 0.5),
        TalkSeconds = Distribution.LogNormal(talkSeconds, 0.6 * talkSeconds),
        WrapSeconds = Distribution.LogNormal(15, 10),
    };

    /// <summary>50 agents; halfway through, live answers jump from 15% to 35% (the risky direction).</summary>
    public static Scenario AnswerRateShift(double durationMinutes, int seed) =>
        Basic(50, 0.15, 180, durationMinutes, seed) with
        {
            Name = "50 agents, answers 15% -> 35% at half time, talk 180s",
            OutcomeChanges = [new OutcomeChange(durationMinutes / 2, Mix(0.35))],
        };

    /// <summary>30 agents all day; 20 more join at a quarter and leave at three quarters of the run.</summary>
    public static Scenario ShiftChange(double durationMinutes, int seed) =>
        Basic(30, 0.30, 180, durationMinutes, seed) with
        {
            Name = "30 + 20 agents (shift change), 30% answers, talk 180s",
            Agents = [new AgentShift(30, 0, durationMinutes), new AgentShift(20, durationMinutes / 4, durationMinutes * 3 / 4)],
        };

    /// <summary>An outcome mix with the given live answer rate; the rest is mostly no answer.</summary>
    public static OutcomeMix Mix(double human)
    {
        const double machine = 0.15, busy = 0.08, invalid = 0.07;
        return new OutcomeMix(human, machine, busy, 1 - human - machine - busy - invalid, invalid);
    }
}
