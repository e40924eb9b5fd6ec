namespace Outreach.AnswerClassification.Profile;

/// <summary>
/// How calls of one true class were decided: the share decided as each class, and the decision delay as
/// quantiles at 0, 5 %, …, 100 % (seconds of audio from the answer).
/// </summary>
public sealed record ClassProfile(int Files, IReadOnlyDictionary<AnswerKind, double> Decided, double[] DelayQuantiles)
{
    /// <summary>The quantile levels of <see cref="DelayQuantiles"/>.</summary>
    public static double[] Levels { get; } = Enumerable.Range(0, 21).Select(i => i / 20.0).ToArray();

    /// <summary>The delay at uniform draw <paramref name="u"/> in [0, 1), interpolated between the quantiles.</summary>
    public double DelayAt(double u)
    {
        var position = Math.Clamp(u, 0, 1) * (DelayQuantiles.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(DelayQuantiles.Length - 1, low + 1);
        return DelayQuantiles[low] + (DelayQuantiles[high] - DelayQuantiles[low]) * (position - low);
    }

    /// <summary>The decided class at uniform draw <paramref name="u"/> in [0, 1).</summary>
    public AnswerKind DecidedAt(double u)
    {
        var last = AnswerKind.Unknown;
        foreach (var (kind, share) in Decided.OrderBy(d => d.Key))
        {
            if (share <= 0)
                continue;
            last = kind;
            if ((u -= share) < 0)
                return kind;
        }
        return last;
    }
}
