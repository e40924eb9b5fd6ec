using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>Every possible answer must lead somewhere: each option has a transition, or the step has a default.</summary>
internal static class CoverageRules
{
    public static void Check(ValidationContext context, Step step)
    {
        if (step.IsEnd || step.Transitions.Count == 0 || step.Transitions.Any(t => t.Condition is Otherwise))
        {
            return;
        }
        if (step.HasOptions)
        {
            var covered = step.Transitions.Select(t => t.Condition).OfType<OnOption>().Select(o => o.OptionId).ToHashSet();
            foreach (var optionId in step.OptionIds.Where(id => !covered.Contains(id)))
            {
                context.Add(ValidationCode.UncoveredOption, step.Id,
                    $"Option '{optionId}' of step '{step.Id}' has no transition and the step has no default");
            }
            return;
        }
        if (step.Kind == StepKind.Number && step.Transitions.Any(t => t.Condition is InRange))
        {
            return; // RangeRules reports the numbers left uncovered.
        }
        context.Add(ValidationCode.MissingDefault, step.Id,
            $"Step '{step.Id}' has only conditional transitions and no default: when none holds, the walk has nowhere to go");
    }
}
