namespace Outreach.Dialer.Pacing;

/// <summary>
/// Learns the live answer rate (human answers per resolved call) online with two exponentially
/// weighted averages, a slow one for precision and a fast one that takes over when they diverge.
/// </summary>
public sealed class AnswerRateLearner
{
    private readonly double _fastTau;
    private readonly double _slowTau;
    private double _fastHits, _fastWeight, _slowHits, _slowWeight;
    private DateTimeOffset? _last;

    /// <summary>Creates a learner with the given time constants.</summary>
    public AnswerRateLearner(TimeSpan fast, TimeSpan slow)
    {
        _fastTau = fast.TotalSeconds;
        _slowTau = slow.TotalSeconds;
    }

    /// <summary>Resolved calls needed before the rate is trusted.</summary>
    public const double MinimumWeight = 30;

    /// <summary>Number of times the fast average took over after a shift.</summary>
    public int ShiftsDetected { get; private set; }

    /// <summary>The current estimate, or null while too few calls were seen.</summary>
    public double? Rate => _slowWeight < MinimumWeight ? null : _slowHits / _slowWeight;

    /// <summary>Effective number of calls behind the estimate.</summary>
    public double Weight => _slowWeight;

    /// <summary>Records one call whose outcome is known: a human answer or not.</summary>
    public void Observe(bool human, DateTimeOffset at)
    {
        if (_last is { } last && at > last)
        {
            var dt = (at - last).TotalSeconds;
            Scale(ref _fastHits, ref _fastWeight, Math.Exp(-dt / _fastTau));
            Scale(ref _slowHits, ref _slowWeight, Math.Exp(-dt / _slowTau));
        }
        _last = at;
        var hit = human ? 1.0 : 0.0;
        _fastHits += hit; _fastWeight += 1;
        _slowHits += hit; _slowWeight += 1;
        DetectShift();
    }

    private static void Scale(ref double hits, ref double weight, double factor)
    {
        hits *= factor;
        weight *= factor;
    }

    // When the fast average is significantly away from the slow one, time of day has moved the
    // rate: the slow average restarts from the fast one so that pacing follows within minutes.
    private void DetectShift()
    {
        if (_fastWeight < 15 || _slowWeight < MinimumWeight) return;
        var slow = _slowHits / _slowWeight;
        var fast = _fastHits / _fastWeight;
        var p = Math.Clamp(slow, 0.02, 0.98);
        var band = 3.0 * Math.Sqrt(p * (1 - p) / _fastWeight) + 0.01;
        if (Math.Abs(fast - slow) <= band) return;
        _slowWeight = Math.Max(_fastWeight, MinimumWeight);
        _slowHits = fast * _slowWeight;
        ShiftsDetected++;
    }
}
