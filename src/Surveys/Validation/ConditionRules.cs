using Outreach.Surveys.Conditions;
using Outreach.Surveys.Model;
using Outreach.Surveys.Templates;

namespace Outreach.Surveys.Validation;

/// <summary>
/// Conditions must parse and may read only known subscriber fields and answers of steps that can come before
/// (or the step's own answer); texts may use only known fields.
/// </summary>
internal static class ConditionRules
{
    public static void Check(ValidationContext context, Step step)
    {
        foreach (var placeholder in TemplateRenderer.Placeholders(step.Text))
        {
            if (!context.IsKnownField(placeholder.Field))
            {
                context.Add(ValidationCode.UnknownField, step.Id, $"Step '{step.Id}' text uses unknown field {{{placeholder.Field}}}");
            }
        }
        bool[]? ancestors = null;
        foreach (var expression in step.Transitions.Select(t => t.Condition).OfType<When>())
        {
            var parsed = Condition.Parse(expression.Expression);
            if (parsed.Condition is not { } condition)
            {
                context.Add(ValidationCode.InvalidCondition, step.Id, $"Step '{step.Id}': condition \"{expression.Expression}\" is invalid: {parsed.Error}");
                continue;
            }
            foreach (var field in condition.FieldNames.Where(field => !context.IsKnownField(field)))
            {
                context.Add(ValidationCode.UnknownField, step.Id, $"Step '{step.Id}': condition \"{expression.Expression}\" uses unknown field '{field}'");
            }
            foreach (var referenced in condition.AnswerStepIds)
            {
                ancestors ??= context.Graph.Index.TryGetValue(step.Id, out var self) ? context.Graph.Ancestors(self) : null;
                CheckAnswerReference(context, step, expression.Expression, referenced, ancestors);
            }
        }
    }

    private static void CheckAnswerReference(ValidationContext context, Step step, string expression, string referenced, bool[]? ancestors)
    {
        var prefix = $"Step '{step.Id}': condition \"{expression}\" reads answer('{referenced}')";
        if (!context.Graph.Index.TryGetValue(referenced, out var index))
        {
            context.Add(ValidationCode.InvalidAnswerReference, step.Id, $"{prefix}, but there is no step '{referenced}'");
        }
        else if (context.Graph.Steps[index].Kind == StepKind.Say)
        {
            context.Add(ValidationCode.InvalidAnswerReference, step.Id, $"{prefix}, but '{referenced}' is a say-this step with no answer");
        }
        else if (referenced != step.Id && ancestors is not null && !ancestors[index])
        {
            context.Add(ValidationCode.InvalidAnswerReference, step.Id, $"{prefix}, but '{referenced}' never comes before '{step.Id}'");
        }
    }
}
