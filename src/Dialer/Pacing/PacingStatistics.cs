namespace Outreach.Dialer.Pacing;

/// <summary>
/// Everything a campaign learns online for pacing: answer rate, time to a live answer, handle
/// time and abandons. The owner (campaign grain or simulator) feeds it events as they happen.
/// </summary>
public sealed class PacingStatistics
{
    private readonly AnswerRateLearner _answerRate = new(TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(40));
    private readonly ResolutionTimeHistogram _resolution = new(TimeSpan.FromMinutes(30));

    // Wrap-up is seen as it starts: an agent wrapping up is far more predictable than one talking.
    private static readonly double[] WrapScores = [-0.97, 0, 0.97];

    /// <summary>Talk-time distribution.</summary>
    public DurationDistribution TalkTime { get; } = new();

    /// <summary>Wrap-up-time distribution.</summary>
    public DurationDistribution WrapTime { get; } = new();

    /// <summary>Live answers and abandons, campaign-wide and this hour.</summary>
    public AbandonLedger Abandons { get; } = new();

    /// <summary>Live answers and those of them that found no agent ready (the ledger's "abandoned" count).</summary>
    public AbandonLedger Waits { get; } = new();

    private DateTimeOffset? _firstPlaced;
    private TimeSpan _longestResolution;
    private bool _warm;

    /// <summary>
    /// True once calls have been placed for four times the longest time to an outcome: before
    /// that the outcomes known are mostly the quick ones (busy, early answers), which would make
    /// the answer rate and ring times look wrong, so pacing waits like progressive.
    /// </summary>
    public bool IsWarm => _warm;

    /// <summary>Calls placed since the start.</summary>
    public long CallsPlaced { get; private set; }

    /// <summary>Live answers connected to an agent since the start.</summary>
    public long Connected { get; private set; }

    /// <summary>Times the answer-rate learner detected a shift.</summary>
    public int AnswerRateShifts => _answerRate.ShiftsDetected;

    /// <summary>Human answers per resolved call, or null while too few calls are known.</summary>
    public double? AnswerRate => _warm ? _answerRate.Rate : null;

    /// <summary>Mean time from placing a call to knowing it is a live answer (null until known).</summary>
    public TimeSpan? MeanTimeToHuman =>
        _resolution.HumanWeight < 5 ? null : TimeSpan.FromSeconds(_resolution.MeanSecondsToHuman);

    /// <summary>A call was placed.</summary>
    public void CallPlaced(DateTimeOffset at)
    {
        _firstPlaced ??= at;
        CallsPlaced++;
    }

    /// <summary>Ringing ended; when not answered (busy, no answer, invalid) the call is resolved.</summary>
    public void RingingEnded(TimeSpan sinceLaunch, bool answered, DateTimeOffset at)
    {
        if (answered) return;
        Resolve(sinceLaunch, human: false, at);
    }

    /// <summary>Classification found a live person <paramref name="sinceLaunch"/> after placing the call.</summary>
    public void HumanAnswered(TimeSpan sinceLaunch, DateTimeOffset at)
    {
        Resolve(sinceLaunch, human: true, at);
        Abandons.Human(at);
        Waits.Human(at);
    }

    /// <summary>Classification found an answering machine.</summary>
    public void MachineDetected(TimeSpan sinceLaunch, DateTimeOffset at) => Resolve(sinceLaunch, human: false, at);

    /// <summary>A live answer reached an agent.</summary>
    public void AgentConnected(DateTimeOffset at) => Connected++;

    /// <summary>A live answer waited too long and heard the recorded message (it also waited: see <see cref="AnswerWaited"/>).</summary>
    public void Abandoned(DateTimeOffset at) => Abandons.Abandon(at);

    /// <summary>A live answer found no agent ready and waited, whether it was then connected or abandoned.</summary>
    public void AnswerWaited(DateTimeOffset at) => Waits.Abandon(at);

    /// <summary>An agent finished a call after <paramref name="talk"/> and <paramref name="wrapUp"/>.</summary>
    public void AgentFreed(TimeSpan talk, TimeSpan wrapUp, DateTimeOffset at)
    {
        TalkTime.Observe(talk);
        WrapTime.Observe(wrapUp);
    }

    /// <summary>
    /// Probability that a busy agent is free within <paramref name="horizon"/>. Wrapping up:
    /// P(W ≤ w+h | W > w). Talking: P(T + W ≤ e+h | T > e), W taken at three quantiles. Zero while
    /// fewer than two talk times per agent (one per agent, at least 40, for teams over 20) are known: the first calls to end are the short ones.
    /// </summary>
    public double ProbabilityFreeWithin(AgentSnapshot agent, TimeSpan horizon, int agentsLoggedIn)
    {
        if (WrapTime.Count < DurationDistribution.MinimumSamples) return 0;
        var h = horizon.TotalSeconds;
        var e = agent.InState.TotalSeconds;
        if (agent.State == AgentState.WrapUp) return WrapTime.ProbabilityEndsWithin(e, h);
        if (agent.State != AgentState.Talking || TalkTime.Count < TalkSamplesNeeded(agentsLoggedIn)) return 0;
        double sum = 0;
        foreach (var z in WrapScores)
            sum += TalkTime.ProbabilityEndsWithin(e, h - WrapTime.Quantile(z));
        return sum / WrapScores.Length;
    }

    // Talk times needed before busy agents count (the first calls to end are the short ones): two per agent up to
    // 20 agents, then one per agent (at least 40): a large team's first 40 talk times already show the spread.
    private static int TalkSamplesNeeded(int agents) => Math.Min(2 * agents, Math.Max(40, agents));

    /// <summary>
    /// Probability that a call still dialing at <paramref name="age"/> ends as a live answer:
    /// r·Sh(a) / (r·Sh(a) + (1−r)·So(a)); 1 while nothing is known, which paces like progressive.
    /// </summary>
    public double ProbabilityHumanLater(TimeSpan age)
    {
        if (AnswerRate is not { } r || _resolution.HumanWeight < 5) return 1;
        var (sh, so) = _resolution.SurvivalAt(age);
        var human = r * sh;
        var all = human + (1 - r) * so;
        return all <= 1e-12 ? 0 : human / all;
    }

    private void Resolve(TimeSpan sinceLaunch, bool human, DateTimeOffset at)
    {
        _answerRate.Observe(human, at);
        if (sinceLaunch > _longestResolution) _longestResolution = sinceLaunch;
        _warm = _warm || (_firstPlaced is { } first && at - first >= 4 * _longestResolution);
        _resolution.Observe(sinceLaunch, human, at);
    }
}
