using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>Checks a survey for everything that would stop a walk or confuse an agent; an empty list means it can be published.</summary>
public static class SurveyValidator
{
    /// <summary>All issues found, survey-level first, then per step in step order, then the graph (reachability, dead ends, cycles).</summary>
    public static IReadOnlyList<ValidationIssue> Validate(Survey survey, ValidationOptions? options = null)
    {
        var context = new ValidationContext(survey, options ?? ValidationOptions.Default);
        if (!SurveyRules.Check(context))
        {
            return context.Issues;
        }
        foreach (var step in survey.Steps)
        {
            StepRules.Check(context, step);
            CoverageRules.Check(context, step);
            RangeRules.Check(context, step);
            ConditionRules.Check(context, step);
            if (context.IsFull)
            {
                return context.Issues;
            }
        }
        GraphRules.Check(context);
        return context.Issues;
    }

    /// <summary>True when the survey has no issues.</summary>
    public static bool IsValid(Survey survey, ValidationOptions? options = null) => Validate(survey, options).Count == 0;
}
