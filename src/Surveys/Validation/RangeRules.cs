using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>
/// Ranges of a number step (whole numbers, both ends included) must not overlap, must stay within the step's
/// Min..Max and, unless a default catches the rest, must cover all of it.
/// </summary>
internal static class RangeRules
{
    public static void Check(ValidationContext context, Step step)
    {
        if (step.Kind != StepKind.Number || step.Min is not { } min || step.Max is not { } max || min > max)
        {
            return;
        }
        var ranges = step.Transitions.Select(t => t.Condition).OfType<InRange>().ToList();
        foreach (var range in ranges.Where(r => r.Min > r.Max || r.Min < min || r.Max > max))
        {
            context.Add(ValidationCode.RangeOutOfBounds, step.Id,
                $"Range {range.Min}–{range.Max} of step '{step.Id}' is not a range within the step's {min}–{max}");
        }
        var valid = ranges.Where(r => r.Min <= r.Max).OrderBy(r => r.Min).ThenBy(r => r.Max).ToList();
        CheckOverlaps(context, step, valid);
        if (valid.Count > 0 && !step.Transitions.Any(t => t.Condition is Otherwise))
        {
            CheckGaps(context, step, valid, min, max);
        }
    }

    private static void CheckOverlaps(ValidationContext context, Step step, List<InRange> sorted)
    {
        if (sorted.Count == 0)
        {
            return;
        }
        // Sorted by start, so a range overlaps an earlier one exactly when it starts before the widest end so far.
        var widest = sorted[0];
        foreach (var range in sorted.Skip(1))
        {
            if (range.Min <= widest.Max)
            {
                context.Add(ValidationCode.RangeOverlap, step.Id,
                    $"Ranges {widest.Min}–{widest.Max} and {range.Min}–{range.Max} of step '{step.Id}' overlap at {Span(range.Min, Math.Min(widest.Max, range.Max))}");
            }
            if (range.Max > widest.Max)
            {
                widest = range;
            }
        }
    }

    private static void CheckGaps(ValidationContext context, Step step, List<InRange> sorted, long min, long max)
    {
        var next = min; // the smallest number not yet covered
        foreach (var range in sorted)
        {
            if (range.Min > next && next <= max)
            {
                ReportGap(context, step, next, Math.Min(range.Min - 1, max), min, max);
            }
            if (range.Max >= next)
            {
                next = range.Max == long.MaxValue ? long.MaxValue : range.Max + 1;
            }
        }
        if (next <= max && sorted[^1].Max < max)
        {
            ReportGap(context, step, next, max, min, max);
        }
    }

    private static void ReportGap(ValidationContext context, Step step, long from, long to, long min, long max) =>
        context.Add(ValidationCode.RangeGap, step.Id,
            $"Step '{step.Id}' has no transition for {Span(from, to)} (within {min}–{max}) and no default");

    private static string Span(long from, long to) => from == to ? from.ToString() : $"{from}–{to}";
}
