namespace Outreach.Dialer.Pacing;

/// <summary>
/// Feedback on the predictive pacer's safety z (in standard deviations of the answer/agent
/// balance). Integral part: every live answer lowers z a little and every abandon raises it,
/// so z settles where abandons are a set point's share of answers; the step shrinks as the
/// campaign's answers grow, because a z that jumps with every abandon wastes agent time (the
/// abandon rate is convex in z). On top, the larger of two corrections: the hour's remaining
/// abandon budget, spread over the answers still expected this hour, and a proportional push
/// while the campaign runs above the set point. The set point keeps a margin of
/// 1.2/agents^¾ under the target, small teams get a higher z floor and a stronger push, and a
/// guard paces progressively once one more abandon could break the hour (on the hour's answers
/// projected as <see cref="HourCorrection"/> does: a first hour is not judged on its first minutes).
/// </summary>
public sealed class AbandonController
{
    private const double StartGain = 0.2;
    private const double MinGain = 0.05;
    // Answers after which the integral step starts to shrink (as 1/√answers).
    private const double GainAnswers = 300;
    // κ: one unit more of z divides the abandon rate by about e^κ (measured on the grid).
    private const double RateSensitivity = 3.0;
    private const double CampaignPush = 3.0;
    private const double SmallTeamPush = 5.0;
    private const double CampaignPushAnswers = 100;
    // The hour is held to 4/5 of its limit: its answers are only projected.
    private const double GuardShare = 0.8;
    private const double SecondsPerHour = 3600;
    private readonly double _target;
    private readonly double _hourlyLimit;
    private long _humans, _abandoned;

    /// <summary>Creates a controller for the campaign's target abandon rate.</summary>
    public AbandonController(double targetAbandonRate, double hourlyLimit, double initialSafety = 2.0)
    {
        _target = Math.Max(targetAbandonRate, 1e-4);
        _hourlyLimit = Math.Max(hourlyLimit, _target);
        Integral = Safety = Math.Clamp(initialSafety, -1, MaxSafety);
    }

    /// <summary>True while one more abandon could take the current hour over its limit (pacing is then progressive).</summary>
    public bool HourGuard { get; private set; }

    /// <summary>
    /// Abandons the current hour can still take: 4/5 of its limit on the hour's projected answers, less those abandoned.
    /// Under 1 the hour guard is on; under 2 the pacer keeps at most one call ahead of its near-free agents.
    /// </summary>
    public double AbandonsLeftThisHour { get; private set; } = double.PositiveInfinity;

    /// <summary>Highest safety.</summary>
    public const double MaxSafety = 6.0;

    /// <summary>The integrated part of the safety.</summary>
    public double Integral { get; private set; }

    /// <summary>Current safety z: calls are placed while mean + z·sd of the answer surplus stays ≤ 0.</summary>
    public double Safety { get; private set; }

    /// <summary>Set point: the target less a margin of 1.2/agents^¾ (36% of it for 5 agents, 13% for 20, at least 5%).</summary>
    public double SetPoint(int agents) => _target * (1 - Math.Clamp(1.2 / Math.Pow(Math.Max(1, agents), 0.75), 0.05, 0.6));

    /// <summary>Lowest safety for a team: 3.5/√agents − 1.2 (0.37 for 5 agents, −0.42 for 20, −0.95 for 200).</summary>
    public static double MinSafety(int agents) => Math.Min(1.5, 3.5 / Math.Sqrt(Math.Max(1, agents)) - 1.2);

    /// <summary>Integral step per abandon: 0.2 for the first 300 answers, then 0.2·√(300/answers), at least 0.05.</summary>
    public static double Gain(long answers) => Math.Max(MinGain, StartGain * Math.Sqrt(GainAnswers / Math.Max(GainAnswers, answers)));

    /// <summary>Takes in the answers and abandons since the last update and recomputes the safety.</summary>
    public void Update(AbandonLedger ledger, int agents, DateTimeOffset now)
    {
        ledger.Roll(now);
        var setPoint = SetPoint(agents);
        var newHumans = ledger.Humans - _humans;
        var newAbandoned = ledger.Abandoned - _abandoned;
        (_humans, _abandoned) = (ledger.Humans, ledger.Abandoned);
        var step = Gain(ledger.Humans) * (newAbandoned - setPoint * newHumans);
        Integral = Math.Clamp(Integral + step, MinSafety(agents), MaxSafety);
        var correction = Math.Max(HourCorrection(ledger, setPoint, now), CampaignCorrection(ledger, setPoint, agents));
        Safety = Math.Min(MaxSafety, Integral + correction);
        // Small teams answer few calls an hour: two abandons can break an hour. Once one more
        // abandon could, pace progressively (no abandons) until the hour ends.
        AbandonsLeftThisHour = GuardShare * _hourlyLimit * ProjectedHourHumans(ledger, now) - ledger.HourAbandoned;
        HourGuard = AbandonsLeftThisHour < 1;
        if (HourGuard) Safety = MaxSafety;
    }

    /// <summary>
    /// Extra z when the hour's remaining budget, (0.8·limit·H − abandoned) / (H − answered) with H
    /// the hour's projected answers, is below the set point: ln(setPoint / budget) / κ.
    /// </summary>
    public double HourCorrection(AbandonLedger ledger, double setPoint, DateTimeOffset now)
    {
        var projected = ProjectedHourHumans(ledger, now);
        var allowed = GuardShare * _hourlyLimit * projected - ledger.HourAbandoned;
        if (allowed <= 1e-9) return MaxSafety;
        var budget = allowed / Math.Max(projected - ledger.HourHumans, 1);
        return budget >= setPoint ? 0 : Math.Min(MaxSafety, Math.Log(setPoint / budget) / RateSensitivity);
    }

    // The hour's answers so far scaled to the whole hour once a quarter has passed; before that
    // the previous hour's count (when larger) stands in, the early rate being too noisy.
    private static double ProjectedHourHumans(AbandonLedger ledger, DateTimeOffset now)
    {
        var elapsed = Math.Max(now.ToUnixTimeSeconds() % (long)SecondsPerHour, 1) / SecondsPerHour;
        var scaled = ledger.HourHumans / Math.Max(elapsed, 0.25);
        return Math.Max(ledger.HourHumans, elapsed >= 0.25 ? scaled : Math.Max(ledger.PreviousHourHumans, scaled));
    }

    // Proportional push while the campaign is over the set point (after 100 answers): 3 units of
    // z per target's worth of excess, up to 8 for teams of 5 or fewer.
    private double CampaignCorrection(AbandonLedger ledger, double setPoint, int agents)
    {
        if (ledger.Humans < CampaignPushAnswers) return 0;
        var push = CampaignPush + SmallTeamPush * Math.Clamp((20.0 - agents) / 15, 0, 1);
        return push * Math.Max(0, ledger.Rate - setPoint) / _target;
    }
}
