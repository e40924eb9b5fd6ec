namespace Outreach.Dialer.Simulation;

/// <summary>Counters the simulator keeps while running, turned into a <see cref="SimulationResult"/> at the end.</summary>
internal sealed class SimulationMetrics
{
    private const int MinHourlyAnswers = 20;
    private readonly List<(long Humans, long Abandoned)> _hours = [];

    public long CallsPlaced;
    public long Humans;
    public long Connected;
    public long Abandoned;
    public long Waited;
    public double LoggedInSeconds;
    public double HandleSeconds;
    public double TalkSeconds;
    public double WaitSeconds;
    public bool ContactsExhausted;
    private readonly WaitHistogram _waits = new();

    /// <summary>An agent waited this long before a connected call: summed for the mean, binned for percentiles.</summary>
    public void AgentWaited(double seconds)
    {
        WaitSeconds += seconds;
        _waits.Add(seconds);
    }

    public void Human(double at)
    {
        Humans++;
        var h = Hour(at);
        _hours[h] = (_hours[h].Humans + 1, _hours[h].Abandoned);
    }

    /// <summary>Counts an abandon in the hour its live answer arrived.</summary>
    public void Abandon(double answeredAt)
    {
        Abandoned++;
        var h = Hour(answeredAt);
        _hours[h] = (_hours[h].Humans, _hours[h].Abandoned + 1);
    }

    private int Hour(double at)
    {
        var h = (int)(at / 3600);
        while (_hours.Count <= h) _hours.Add((0, 0));
        return h;
    }

    public SimulationResult ToResult(Scenario scenario, string mode, double simulated, double wall)
    {
        var worst = _hours.Where(h => h.Humans >= MinHourlyAnswers)
            .Select(h => (double)h.Abandoned / h.Humans).DefaultIfEmpty(0).Max();
        return new SimulationResult
        {
            Scenario = scenario.Name, Mode = mode, Seed = scenario.Seed,
            CallsPlaced = CallsPlaced, HumanAnswers = Humans, Connected = Connected, Abandoned = Abandoned,
            AbandonRate = Round(Humans == 0 ? 0 : (double)Abandoned / Humans),
            WaitRate = Round(Humans == 0 ? 0 : (double)Waited / Humans),
            MaxHourlyAbandonRate = Round(worst),
            AgentUtilization = Round(LoggedInSeconds == 0 ? 0 : HandleSeconds / LoggedInSeconds),
            TalkMinutesPerAgentHour = Round(LoggedInSeconds == 0 ? 0 : TalkSeconds / 60 / (LoggedInSeconds / 3600)),
            MeanAgentWaitSeconds = Round(Connected == 0 ? 0 : WaitSeconds / Connected),
            ContactsExhausted = ContactsExhausted,
            SimulatedSeconds = (long)Math.Round(simulated),
            WallSeconds = Math.Round(wall, 3),
            AgentWaitP50Seconds = _waits.Percentile(0.5),
            AgentWaitP90Seconds = _waits.Percentile(0.9),
        };
    }

    private static double Round(double value) => Math.Round(value, 4);
}
