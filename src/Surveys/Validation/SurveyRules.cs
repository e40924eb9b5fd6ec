using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>Rules about the survey as a whole: size, ids, first step, end steps.</summary>
internal static class SurveyRules
{
    /// <summary>Returns false when the survey is too broken (empty or too large) for the other rules to say anything useful.</summary>
    public static bool Check(ValidationContext context)
    {
        var survey = context.Survey;
        if (survey.Steps.Count == 0)
        {
            context.Add(ValidationCode.NoSteps, null, "The survey has no steps");
            return false;
        }
        if (survey.Steps.Count > SurveyLimits.MaxSteps)
        {
            context.Add(ValidationCode.TooManySteps, null,
                $"The survey has {survey.Steps.Count:N0} steps; the limit is {SurveyLimits.MaxSteps:N0} steps per survey");
            return false;
        }
        if (!IdRules.IsValid(survey.Id))
        {
            context.Add(ValidationCode.InvalidId, null, $"Survey id {IdRules.Describe(survey.Id)}");
        }
        if (context.Graph.First < 0)
        {
            context.Add(ValidationCode.MissingFirstStep, null, $"The first step '{survey.FirstStepId}' is not a step of the survey");
        }
        if (!survey.Steps.Any(step => step.IsEnd))
        {
            context.Add(ValidationCode.NoEndStep, null, "The survey has no end step: mark at least one step as an end");
        }
        CheckDuplicates(context);
        return true;
    }

    private static void CheckDuplicates(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in context.Survey.Steps)
        {
            if (!IdRules.IsValid(step.Id))
            {
                context.Add(ValidationCode.InvalidId, step.Id, $"Step id {IdRules.Describe(step.Id)}");
            }
            else if (!seen.Add(step.Id))
            {
                context.Add(ValidationCode.DuplicateId, step.Id, $"Step id '{step.Id}' is used by more than one step");
            }
        }
    }
}
