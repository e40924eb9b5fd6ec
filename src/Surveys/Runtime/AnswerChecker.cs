using Outreach.Surveys.Model;
using Outreach.Surveys.Validation;

namespace Outreach.Surveys.Runtime;

/// <summary>Checks that a value suits a step before it is recorded; returns the reason when it does not.</summary>
internal static class AnswerChecker
{
    public static string? Problem(Step step, AnswerValue value) => (step.Kind, value) switch
    {
        (StepKind.Say, AcknowledgedAnswer) => null,
        (StepKind.SingleChoice or StepKind.YesNo, ChoiceAnswer choice) when choice.OptionIds.Count != 1 =>
            $"Step '{step.Id}' takes exactly one option, not {choice.OptionIds.Count}",
        (StepKind.SingleChoice or StepKind.YesNo or StepKind.MultipleChoice, ChoiceAnswer choice) => ChoiceProblem(step, choice),
        (StepKind.Number, NumberAnswer number) when number.Value < step.Min || number.Value > step.Max =>
            $"{number.Value} is outside {step.Min}–{step.Max} for step '{step.Id}'",
        (StepKind.Number, NumberAnswer) => null,
        (StepKind.Text, TextAnswer text) when string.IsNullOrWhiteSpace(text.Value) => $"Step '{step.Id}' needs a non-empty text",
        (StepKind.Text, TextAnswer text) when text.Value.Length > SurveyLimits.MaxTextAnswerLength =>
            $"The text for step '{step.Id}' is {text.Value.Length:N0} characters; the limit is {SurveyLimits.MaxTextAnswerLength:N0}",
        (StepKind.Text, TextAnswer) or (StepKind.Date, DateAnswer) => null,
        _ => $"Step '{step.Id}' is a {StepRules.Describe(step.Kind)} step and cannot take the answer '{value.Canonical}'",
    };

    private static string? ChoiceProblem(Step step, ChoiceAnswer choice)
    {
        if (choice.OptionIds.Count == 0)
        {
            return $"Step '{step.Id}' needs at least one option";
        }
        if (choice.OptionIds.Distinct().Count() != choice.OptionIds.Count)
        {
            return $"Step '{step.Id}' got the same option more than once";
        }
        var unknown = choice.OptionIds.FirstOrDefault(id => !step.OptionIds.Contains(id));
        return unknown is null ? null : $"'{unknown}' is not an option of step '{step.Id}'";
    }
}
