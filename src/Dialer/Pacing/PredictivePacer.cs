namespace Outreach.Dialer.Pacing;

/// <summary>
/// Ours (D2): matches the live answers expected from new and in-flight calls to the agents
/// expected free when those answers arrive, with a safety margin set by feedback on the
/// abandon rate. See docs/pacing.md for the model.
/// </summary>
public sealed class PredictivePacer : IPacer
{
    private readonly PacingOptions _options;
    private readonly TimeProvider _time;
    private readonly FreeProbabilityTable _freeTable = new();
    private readonly bool _toldFreeTimes;
    private readonly LaunchRamp _ramp;
    // Per tick, by half-second of age (the histogram's own bins): many calls share an age bin.
    private readonly double[] _humanLater = new double[241];

    /// <summary>Creates a predictive pacer for one campaign.</summary>
    public PredictivePacer(PacingOptions options, TimeProvider time) : this(options, time, toldFreeTimes: false)
    {
    }

    private PredictivePacer(PacingOptions options, TimeProvider time, bool toldFreeTimes)
    {
        _options = options;
        _time = time;
        _toldFreeTimes = toldFreeTimes;
        _ramp = new LaunchRamp(time);
        Controller = new AbandonController(options.TargetAbandonRate, options.HourlyAbandonLimit);
        // The wait goal gets the same feedback on its own ledger, with no hourly limit: waits are a service goal,
        // not a legal one (the abandon controller still guards each hour).
        if (options.TargetWaitRate is { } wait)
            WaitController = new AbandonController(wait, hourlyLimit: 1.0, WaitStartSafety(wait));
    }

    /// <summary>
    /// Where the wait controller starts: 2 + 1.25·ln(3% / goal), 4.2 for a 0.5% goal. A short run never gets the
    /// answers an integral needs to climb from the abandon controller's start of 2, and waits come in bursts; from
    /// the careful side it loosens as answers arrive without waiting (see docs/pacing.md).
    /// </summary>
    public static double WaitStartSafety(double goal) => 2.0 + 1.25 * Math.Log(0.03 / Math.Clamp(goal, 1e-4, 0.03));

    /// <summary>
    /// The oracle bound, for the simulator only: the same pacer told each busy agent's exact free time
    /// (<see cref="AgentSnapshot.FreeIn"/>) instead of predicting it. No live pacer can know that much, so what it reaches
    /// at a given abandon rate bounds what predictive can (docs/pacing.md).
    /// </summary>
    public static PredictivePacer Oracle(PacingOptions options, TimeProvider time) => new(options, time, toldFreeTimes: true);

    /// <inheritdoc />
    public DialingMode Mode => DialingMode.Predictive;

    /// <summary>The abandon-rate feedback controller (exposed for dashboards).</summary>
    public AbandonController Controller { get; }

    /// <summary>The controller of answers waiting for an agent, when the campaign sets a wait goal.</summary>
    public AbandonController? WaitController { get; }

    /// <summary>The safety in use: the stricter of the abandon and wait controllers.</summary>
    public double Safety => Math.Max(Controller.Safety, WaitController?.Safety ?? double.MinValue);

    /// <summary>The last forecast made, for dashboards and tests.</summary>
    public PacingForecast LastForecast { get; private set; } = new(0, 0, 0, 1, 0);

    /// <inheritdoc />
    public int CallsToLaunch(PacingSnapshot snapshot)
    {
        if (snapshot.Agents.Count == 0) return 0;
        Controller.Update(snapshot.Statistics.Abandons, snapshot.Agents.Count, _time.GetUtcNow());
        WaitController?.Update(snapshot.Statistics.Waits, snapshot.Agents.Count, _time.GetUtcNow());
        var forecast = Forecast(snapshot);
        LastForecast = forecast;
        var room = MaxCallsInFlight(snapshot) - snapshot.Calls.Count;
        // Never below progressive: one call per ready agent with none on its way cannot abandon.
        var progressive = snapshot.Count(AgentState.Ready) - snapshot.Calls.Count;
        // Only the abandon controller guards the hour: the wait goal has no hourly limit.
        var predicted = Controller.HourGuard ? 0 : Math.Min(forecast.CallsFor(Safety, room), _ramp.Calls(snapshot.Agents.Count, forecast));
        // An hour with room for one abandon only (5 agents answer some 40 calls an hour): at most one call ahead of the
        // agents ready or wrapping up, so two answers can never land together on nobody and break it.
        if (Controller.AbandonsLeftThisHour < 2)
            predicted = Math.Min(predicted, Math.Max(0, snapshot.Count(AgentState.Ready) + snapshot.Count(AgentState.WrapUp) + 1 - snapshot.Calls.Count));
        var calls = Math.Clamp(Math.Max(predicted, progressive), 0, Math.Max(0, room));
        _ramp.Placed(calls, forecast.AnswerRate);
        return calls;
    }

    /// <inheritdoc />
    public int MaxCallsInFlight(PacingSnapshot snapshot) =>
        (int)Math.Floor(_options.MaxLinesPerAgent * snapshot.Agents.Count);

    /// <summary>Expected agents free and answers due over the horizon of a call placed now.</summary>
    public PacingForecast Forecast(PacingSnapshot snapshot)
    {
        var stats = snapshot.Statistics;
        var now = _time.GetUtcNow();
        var horizon = (stats.MeanTimeToHuman ?? TimeSpan.Zero) + _options.MaxWaitForAgent;
        double supply = 0, demand = 0, variance = 0;
        foreach (var agent in snapshot.Agents)
        {
            if (agent.State == AgentState.Ready) { supply += 1; continue; }
            if (!agent.IsBusy) continue;
            var p = _toldFreeTimes
                ? (agent.FreeIn is { } freeIn && freeIn <= horizon ? 1 : 0)
                : _freeTable.Lookup(stats, agent, horizon, snapshot.Agents.Count, now);
            supply += p;
            variance += p * (1 - p);
        }
        Array.Fill(_humanLater, double.NaN);
        foreach (var call in snapshot.Calls)
        {
            var q = call.Phase == CallPhase.WaitingForAgent ? 1 : HumanLater(stats, call.Age);
            demand += q;
            variance += q * (1 - q);
        }
        var rate = Math.Clamp(stats.AnswerRate ?? 1.0, 0.01, 1.0);
        return new PacingForecast(supply, demand, variance, rate, horizon.TotalSeconds);
    }

    private double HumanLater(PacingStatistics stats, TimeSpan age)
    {
        var bin = (int)(age.TotalSeconds * 2);
        if (bin >= _humanLater.Length) return stats.ProbabilityHumanLater(age);
        if (double.IsNaN(_humanLater[bin])) _humanLater[bin] = stats.ProbabilityHumanLater(age);
        return _humanLater[bin];
    }
}
