namespace Outreach.Dialer.Pacing;

/// <summary>
/// Feedback on the predictive pacer's safety (in standard deviations of the answer/agent
/// balance): raised while the campaign or current-hour abandon rate is above a set point under
/// the target, lowered while below. The set point leaves a margin that grows as the team
/// shrinks, because small teams abandon more for the same aggressiveness.
/// </summary>
public sealed class AbandonController
{
    private const double Gain = 0.01;
    private const double CampaignPrior = 60;
    private const double HourPrior = 40;
    private readonly double _target;
    private DateTimeOffset? _last;

    /// <summary>Creates a controller for the campaign's target abandon rate.</summary>
    public AbandonController(double targetAbandonRate) => _target = targetAbandonRate;

    /// <summary>Lowest safety: dial somewhat past the expected balance.</summary>
    public const double MinSafety = -1.0;

    /// <summary>Highest safety.</summary>
    public const double MaxSafety = 4.0;

    /// <summary>Current safety z: calls are placed while mean + z·sd of the answer surplus stays ≤ 0.</summary>
    public double Safety { get; private set; } = 1.0;

    /// <summary>Set point: the target less a margin of 1/√agents (at most 60%).</summary>
    public double SetPoint(int agents) => _target * (1 - Math.Min(0.6, 1.0 / Math.Sqrt(Math.Max(1, agents))));

    /// <summary>Abandon rate the controller acts on: the worse of campaign and hour, each shrunk towards the set point.</summary>
    public double Measured(AbandonLedger ledger, double setPoint)
    {
        var campaign = (ledger.Abandoned + setPoint * CampaignPrior) / (ledger.Humans + CampaignPrior);
        var hour = (ledger.HourAbandoned + setPoint * HourPrior) / (ledger.HourHumans + HourPrior);
        return Math.Max(campaign, hour);
    }

    /// <summary>Integrates the error since the last update into the safety.</summary>
    public void Update(AbandonLedger ledger, int agents, DateTimeOffset now)
    {
        var dt = _last is { } last ? Math.Clamp((now - last).TotalSeconds, 0, 5) : 0;
        _last = now;
        ledger.Roll(now);
        var setPoint = SetPoint(agents);
        var error = (Measured(ledger, setPoint) - setPoint) / _target;
        Safety = Math.Clamp(Safety + Gain * error * dt, MinSafety, MaxSafety);
    }
}
