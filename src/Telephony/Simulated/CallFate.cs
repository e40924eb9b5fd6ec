namespace Outreach.Telephony.Simulated;

/// <summary>What will happen to one simulated call, drawn when it is placed.</summary>
internal sealed record CallFate(
    NetworkOutcome Outcome,
    AnswerClass? Class,
    TimeSpan RingingAfter,
    TimeSpan EndOrAnswerAfter,
    TimeSpan ClassificationTime,
    TimeSpan TalkTime,
    TimeSpan UnattendedHangUp)
{
    /// <summary>Draws a fate from the scenario with the given random source.</summary>
    public static CallFate Draw(SimulatedNetworkScenario s, Random random)
    {
        var (outcome, answerClass) = DrawOutcome(s, random.NextDouble());
        var ringingAfter = s.RingingAfter.Draw(random);
        var endOrAnswer = outcome switch
        {
            NetworkOutcome.Answered => ringingAfter + s.RingTime.Draw(random),
            NetworkOutcome.NoAnswer => TimeSpan.FromSeconds(s.NoAnswerTimeoutSeconds),
            _ => TimeSpan.FromSeconds(s.FailFastSeconds),
        };
        return new CallFate(outcome, answerClass, ringingAfter, endOrAnswer,
            s.ClassificationTime.Draw(random), s.TalkTime.Draw(random), s.UnattendedHangUp.Draw(random));
    }

    private static (NetworkOutcome, AnswerClass?) DrawOutcome(SimulatedNetworkScenario s, double u)
    {
        if ((u -= s.HumanProbability) < 0) return (NetworkOutcome.Answered, AnswerClass.Human);
        if ((u -= s.MachineProbability) < 0) return (NetworkOutcome.Answered, AnswerClass.Machine);
        if ((u -= s.BusyProbability) < 0) return (NetworkOutcome.Busy, null);
        if ((u -= s.NoAnswerProbability) < 0) return (NetworkOutcome.NoAnswer, null);
        if ((u -= s.InvalidProbability) < 0) return (NetworkOutcome.Invalid, null);
        return (NetworkOutcome.Congestion, null);
    }

    /// <summary>True when the call rings before it ends (busy and invalid numbers never ring).</summary>
    public bool Rings => Outcome is NetworkOutcome.Answered or NetworkOutcome.NoAnswer;
}
