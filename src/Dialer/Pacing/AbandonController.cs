namespace Outreach.Dialer.Pacing;

/// <summary>
/// Feedback on the predictive pacer's safety z (in standard deviations of the answer/agent
/// balance). Integral part: every live answer lowers z a little and every abandon raises it,
/// so z settles where abandons are a set point's share of answers. Proportional part: while the
/// current hour or the campaign runs above the set point, z is raised further at once. The set
/// point keeps a margin of 1.2/agents^¾ under the target and z a floor that grows as the team
/// shrinks, because small teams abandon more for the same aggressiveness.
/// </summary>
public sealed class AbandonController
{
    private const double Gain = 0.2;
    private const double Proportional = 8.0;
    private const double HourPrior = 40;
    // The hour guard keeps to 4/5 of the hourly limit: the hour's answers are only projected.
    private const double GuardShare = 0.8;
    private readonly double _target;
    private readonly double _hourlyLimit;
    private long _humans, _abandoned;

    /// <summary>Creates a controller for the campaign's target abandon rate.</summary>
    public AbandonController(double targetAbandonRate, double hourlyLimit)
    {
        _target = Math.Max(targetAbandonRate, 1e-4);
        _hourlyLimit = Math.Max(hourlyLimit, _target);
    }

    /// <summary>True while one more abandon could take the current hour over its limit (pacing is then progressive).</summary>
    public bool HourGuard { get; private set; }

    /// <summary>Highest safety.</summary>
    public const double MaxSafety = 6.0;

    /// <summary>The integrated part of the safety.</summary>
    public double Integral { get; private set; } = 2.0;

    /// <summary>Current safety z: calls are placed while mean + z·sd of the answer surplus stays ≤ 0.</summary>
    public double Safety { get; private set; } = 2.0;

    /// <summary>Set point: the target less a margin of 1.2/agents^¾ (36% of it for 5 agents, 13% for 20, at least 5%).</summary>
    public double SetPoint(int agents) => _target * (1 - Math.Clamp(1.2 / Math.Pow(Math.Max(1, agents), 0.75), 0.05, 0.6));

    /// <summary>Lowest safety for a team: 3.5/√agents − 1.2 (0.37 for 5 agents, −0.42 for 20, −0.95 for 200).</summary>
    public static double MinSafety(int agents) => Math.Min(1.5, 3.5 / Math.Sqrt(Math.Max(1, agents)) - 1.2);

    /// <summary>Takes in the answers and abandons since the last update and recomputes the safety.</summary>
    public void Update(AbandonLedger ledger, int agents, DateTimeOffset now)
    {
        ledger.Roll(now);
        var setPoint = SetPoint(agents);
        var newHumans = ledger.Humans - _humans;
        var newAbandoned = ledger.Abandoned - _abandoned;
        (_humans, _abandoned) = (ledger.Humans, ledger.Abandoned);
        var floor = MinSafety(agents);
        Integral = Math.Clamp(Integral + Gain * (newAbandoned - setPoint * newHumans), floor, MaxSafety);
        var hour = (ledger.HourAbandoned + setPoint * HourPrior) / (ledger.HourHumans + HourPrior);
        var campaign = ledger.Humans == 0 ? 0 : ledger.Rate;
        var excess = Math.Max(0, Math.Max(hour, campaign) - setPoint) / _target;
        Safety = Math.Min(MaxSafety, Integral + Proportional * excess);
        // Small teams answer few calls an hour: two abandons can break an hour. Once one more
        // abandon could, pace progressively (no abandons) until the hour ends.
        var projectedHumans = Math.Max(ledger.HourHumans, ledger.PreviousHourHumans);
        HourGuard = ledger.HourAbandoned + 1 > GuardShare * _hourlyLimit * projectedHumans;
        if (HourGuard) Safety = MaxSafety;
    }
}
