using Outreach.Surveys.Model;

namespace Outreach.Surveys.Templates;

/// <summary>Shows a recorded answer to people: option labels instead of ids, and free text encoded for HTML.</summary>
public static class AnswerFormatter
{
    /// <summary>The answer as a reader should see it at this step, escaped for the mode.</summary>
    public static string Format(Step step, AnswerValue value, RenderMode mode)
    {
        var text = value switch
        {
            ChoiceAnswer choice => string.Join(", ", choice.OptionIds.Select(id => Label(step, id))),
            AcknowledgedAnswer => "(read)",
            _ => value.Canonical,
        };
        return TemplateRenderer.Encode(text, mode);
    }

    private static string Label(Step step, string optionId)
    {
        if (step.Kind == StepKind.YesNo)
        {
            return optionId == "yes" ? "Yes" : "No";
        }
        return step.Options.FirstOrDefault(option => option.Id == optionId)?.Label ?? optionId;
    }
}
