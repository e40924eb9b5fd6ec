namespace Outreach.AnswerClassification.Evaluation;

/// <summary>
/// How a decider did on a labelled set: accuracy, human recall, the confusion matrix, decision times, tones
/// within their time budget and beeps found. Pure: built from the evaluated files.
/// </summary>
public sealed record EvaluationReport
{
    /// <summary>Fax and SIT count as timely when decided within this much audio.</summary>
    public const double ToneBudgetSeconds = 1.5;

    /// <summary>A message start counts as on the beep when within this of its end.</summary>
    public const double BeepToleranceSeconds = 0.1;

    public required string Decider { get; init; }
    public required int Files { get; init; }
    public required double Accuracy { get; init; }
    public required double HumanRecall { get; init; }

    /// <summary>Share of fax and SIT files classified as such within <see cref="ToneBudgetSeconds"/>.</summary>
    public required double TonesWithinBudget { get; init; }

    /// <summary>Share of files with a beep whose message would start within <see cref="BeepToleranceSeconds"/> of its end.</summary>
    public required double BeepsFound { get; init; }
    public required int FilesWithBeep { get; init; }
    public required double MedianDecisionSeconds { get; init; }
    public required double P95DecisionSeconds { get; init; }

    /// <summary>Counts per true class, then per decided class.</summary>
    public required IReadOnlyDictionary<AnswerKind, IReadOnlyDictionary<AnswerKind, int>> Confusion { get; init; }

    /// <summary>The evaluated files, for profiles and for reading errors.</summary>
    public required IReadOnlyList<EvaluatedFile> Results { get; init; }

    /// <summary>The report for <paramref name="results"/> of the decider named <paramref name="decider"/>.</summary>
    public static EvaluationReport Of(string decider, IReadOnlyList<EvaluatedFile> results)
    {
        var times = results.Select(r => r.DecisionSeconds).Order().ToList();
        var humans = results.Where(r => r.Truth == AnswerKind.Human).ToList();
        var tones = results.Where(r => r.Truth is AnswerKind.Fax or AnswerKind.Sit).ToList();
        var beeps = results.Where(r => r.BeepEndSeconds is not null).ToList();
        return new EvaluationReport
        {
            Decider = decider,
            Files = results.Count,
            Accuracy = Share(results, r => r.Correct),
            HumanRecall = Share(humans, r => r.Correct),
            TonesWithinBudget = Share(tones, r => r.Correct && r.DecisionSeconds <= ToneBudgetSeconds),
            BeepsFound = Share(beeps, r => r.BeepFound(BeepToleranceSeconds)),
            FilesWithBeep = beeps.Count,
            MedianDecisionSeconds = Quantile(times, 0.5),
            P95DecisionSeconds = Quantile(times, 0.95),
            Confusion = Enum.GetValues<AnswerKind>().ToDictionary(t => t, t => (IReadOnlyDictionary<AnswerKind, int>)Enum.GetValues<AnswerKind>()
                .ToDictionary(p => p, p => results.Count(r => r.Truth == t && r.Result.Decision.Kind == p))),
            Results = results,
        };
    }

    /// <summary>The q-quantile of sorted values by linear interpolation (0 when empty).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        if (sorted.Count == 0)
            return 0;
        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(sorted.Count - 1, low + 1);
        return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> test) => items.Count == 0 ? 1 : items.Count(test) / (double)items.Count;
}
