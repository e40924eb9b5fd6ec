namespace Outreach.Dialer.Pacing;

/// <summary>The predictive pacer's view of the next horizon.</summary>
/// <param name="ExpectedFreeAgents">Ready agents plus Σ P(busy agent free within the horizon).</param>
/// <param name="ExpectedAnswersInFlight">Σ P(call in flight ends as a live answer needing an agent).</param>
/// <param name="Variance">Variance of (answers − free agents) from the calls and agents already there.</param>
/// <param name="AnswerRate">Live answers per call placed.</param>
/// <param name="HorizonSeconds">Time from placing a call to its live answer, plus the connect limit.</param>
public sealed record PacingForecast(
    double ExpectedFreeAgents, double ExpectedAnswersInFlight, double Variance, double AnswerRate, double HorizonSeconds)
{
    /// <summary>Free agents not yet claimed by calls in flight.</summary>
    public double Slack => ExpectedFreeAgents - ExpectedAnswersInFlight;

    /// <summary>
    /// Largest n (at most <paramref name="max"/>) with n·r + z·√(n·r·(1−r) + V) ≤ slack: the
    /// expected surplus of answers over free agents stays z standard deviations below zero.
    /// </summary>
    public int CallsFor(double safety, int max)
    {
        if (max <= 0 || !Fits(0, safety)) return 0;
        int lo = 0, hi = max;
        if (Fits(hi, safety)) return hi;
        while (hi - lo > 1)
        {
            var mid = lo + (hi - lo) / 2;
            if (Fits(mid, safety)) lo = mid; else hi = mid;
        }
        return lo;
    }

    private bool Fits(int n, double safety)
    {
        var r = AnswerRate;
        var sd = Math.Sqrt(n * r * (1 - r) + Variance);
        return n * r + safety * sd <= Slack;
    }
}
