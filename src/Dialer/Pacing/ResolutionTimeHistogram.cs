namespace Outreach.Dialer.Pacing;

/// <summary>
/// Learns, from calls whose outcome is known, how long after placing a call its outcome arrives,
/// separately for human answers and for everything else, so that the chance that a call still
/// in flight ends as a human answer can be read from its age.
/// </summary>
public sealed class ResolutionTimeHistogram
{
    private const double BinSeconds = 0.5;
    private const int Bins = 240;
    private const double DecayEverySeconds = 60;
    private readonly double _decay;
    private readonly double[] _human = new double[Bins];
    private readonly double[] _other = new double[Bins];
    private readonly double[] _humanTail = new double[Bins + 1];
    private readonly double[] _otherTail = new double[Bins + 1];
    private bool _dirty;
    private DateTimeOffset? _lastDecay;
    private double _meanHuman;

    /// <summary>Creates a histogram that forgets with the given time constant.</summary>
    public ResolutionTimeHistogram(TimeSpan memory) => _decay = Math.Exp(-DecayEverySeconds / memory.TotalSeconds);

    /// <summary>Weight of the human answers seen (decayed).</summary>
    public double HumanWeight { get; private set; }

    /// <summary>Weight of the other outcomes seen (decayed).</summary>
    public double OtherWeight { get; private set; }

    /// <summary>Records a call resolved after <paramref name="sinceLaunch"/>.</summary>
    public void Observe(TimeSpan sinceLaunch, bool human, DateTimeOffset at)
    {
        Decay(at);
        var bin = Math.Min(Bins - 1, (int)(Math.Max(0, sinceLaunch.TotalSeconds) / BinSeconds));
        if (human) { _human[bin] += 1; HumanWeight += 1; }
        else { _other[bin] += 1; OtherWeight += 1; }
        _dirty = true;
    }

    /// <summary>Mean time from placing a call to knowing it is a human answer, in seconds.</summary>
    public double MeanSecondsToHuman
    {
        get { Refresh(); return _meanHuman; }
    }

    /// <summary>Share of human answers (resp. other outcomes) resolved later than <paramref name="age"/>.</summary>
    public (double Human, double Other) SurvivalAt(TimeSpan age)
    {
        Refresh();
        var bin = Math.Min(Bins, (int)(Math.Max(0, age.TotalSeconds) / BinSeconds));
        var h = _humanTail[0] > 0 ? _humanTail[bin] / _humanTail[0] : 1;
        var o = _otherTail[0] > 0 ? _otherTail[bin] / _otherTail[0] : 1;
        return (h, o);
    }

    // Forgetting in steps keeps the per-event cost constant while letting time of day move the shape.
    private void Decay(DateTimeOffset at)
    {
        _lastDecay ??= at;
        while ((at - _lastDecay.Value).TotalSeconds >= DecayEverySeconds)
        {
            for (var i = 0; i < Bins; i++) { _human[i] *= _decay; _other[i] *= _decay; }
            HumanWeight *= _decay;
            OtherWeight *= _decay;
            _lastDecay = _lastDecay.Value.AddSeconds(DecayEverySeconds);
        }
    }

    private void Refresh()
    {
        if (!_dirty) return;
        double sumT = 0;
        _humanTail[Bins] = 0; _otherTail[Bins] = 0;
        for (var i = Bins - 1; i >= 0; i--)
        {
            _humanTail[i] = _humanTail[i + 1] + _human[i];
            _otherTail[i] = _otherTail[i + 1] + _other[i];
            sumT += _human[i] * (i + 0.5) * BinSeconds;
        }
        _meanHuman = _humanTail[0] > 0 ? sumT / _humanTail[0] : 0;
        _dirty = false;
    }
}
