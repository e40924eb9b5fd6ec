using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>Rules about one step: its options, its number bounds, its text, and what its transitions may be.</summary>
internal static class StepRules
{
    public static void Check(ValidationContext context, Step step)
    {
        if (step.Text.Length > SurveyLimits.MaxTextLength)
        {
            context.Add(ValidationCode.TooLong, step.Id, $"Step '{step.Id}' text is {step.Text.Length:N0} characters; the limit is {SurveyLimits.MaxTextLength:N0}");
        }
        CheckOptions(context, step);
        if (step.Kind == StepKind.Number && (step.Min is null || step.Max is null || step.Min > step.Max))
        {
            context.Add(ValidationCode.InvalidNumberRange, step.Id,
                $"Number step '{step.Id}' needs a min and a max with min <= max (has {step.Min?.ToString() ?? "none"}..{step.Max?.ToString() ?? "none"})");
        }
        CheckTransitions(context, step);
    }

    private static void CheckOptions(ValidationContext context, Step step)
    {
        if (step.Kind is not (StepKind.SingleChoice or StepKind.MultipleChoice))
        {
            if (step.Options.Count > 0)
            {
                context.Add(ValidationCode.UnexpectedOptions, step.Id,
                    $"Step '{step.Id}' is a {Describe(step.Kind)} step and takes no option list{(step.Kind == StepKind.YesNo ? " (its options are always yes and no)" : "")}");
            }
            return;
        }
        if (step.Options.Count == 0)
        {
            context.Add(ValidationCode.EmptyOptions, step.Id, $"Step '{step.Id}' is a {Describe(step.Kind)} question with an empty option list");
            return;
        }
        if (step.Options.Count > SurveyLimits.MaxOptions)
        {
            context.Add(ValidationCode.TooLong, step.Id, $"Step '{step.Id}' has {step.Options.Count} options; the limit is {SurveyLimits.MaxOptions}");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in step.Options)
        {
            if (!IdRules.IsValid(option.Id))
            {
                context.Add(ValidationCode.InvalidId, step.Id, $"Step '{step.Id}': option id {IdRules.Describe(option.Id)}");
            }
            else if (!seen.Add(option.Id))
            {
                context.Add(ValidationCode.DuplicateId, step.Id, $"Step '{step.Id}' has option id '{option.Id}' more than once");
            }
        }
    }

    private static void CheckTransitions(ValidationContext context, Step step)
    {
        if (step.IsEnd && step.Transitions.Count > 0)
        {
            context.Add(ValidationCode.EndStepHasTransitions, step.Id, $"End step '{step.Id}' has transitions; an end step closes the survey");
        }
        if (!step.IsEnd && step.Transitions.Count == 0)
        {
            context.Add(ValidationCode.NoTransitions, step.Id, $"Step '{step.Id}' has no transitions and is not an end step");
        }
        if (step.Transitions.Count > SurveyLimits.MaxTransitions)
        {
            context.Add(ValidationCode.TooLong, step.Id, $"Step '{step.Id}' has {step.Transitions.Count} transitions; the limit is {SurveyLimits.MaxTransitions}");
        }
        foreach (var transition in step.Transitions)
        {
            if (!context.Graph.Index.ContainsKey(transition.Target))
            {
                context.Add(ValidationCode.MissingTarget, step.Id, $"Step '{step.Id}' has a transition to missing step '{transition.Target}'");
            }
            CheckConditionSuitsKind(context, step, transition.Condition);
        }
        if (step.Transitions.Count(transition => transition.Condition is Otherwise) > 1)
        {
            context.Add(ValidationCode.TransitionMismatch, step.Id, $"Step '{step.Id}' has more than one default transition");
        }
    }

    private static void CheckConditionSuitsKind(ValidationContext context, Step step, TransitionCondition condition)
    {
        switch (condition)
        {
            case OnOption option when !step.HasOptions:
                context.Add(ValidationCode.TransitionMismatch, step.Id,
                    $"Step '{step.Id}' is a {Describe(step.Kind)} step and cannot branch on option '{option.OptionId}'");
                break;
            case OnOption option when !step.OptionIds.Contains(option.OptionId):
                context.Add(ValidationCode.UnknownOption, step.Id, $"Step '{step.Id}' has a transition on option '{option.OptionId}', which is not one of its options");
                break;
            case InRange range when step.Kind != StepKind.Number:
                context.Add(ValidationCode.TransitionMismatch, step.Id,
                    $"Step '{step.Id}' is a {Describe(step.Kind)} step and cannot branch on the range {range.Min}–{range.Max}");
                break;
        }
    }

    /// <summary>The kind in the designer's words, for messages.</summary>
    public static string Describe(StepKind kind) => kind switch
    {
        StepKind.SingleChoice => "single choice",
        StepKind.MultipleChoice => "multiple choice",
        StepKind.YesNo => "yes/no",
        StepKind.Say => "say-this",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
