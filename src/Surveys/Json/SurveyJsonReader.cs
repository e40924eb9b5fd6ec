using System.Text.Json;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Json;

/// <summary>Reads the survey document into the model, collecting every error with its path instead of stopping at the first.</summary>
internal sealed class SurveyJsonReader(JsonReadContext context)
{
    public const string Format = "outreach.survey/1";
    private static readonly string[] RootProperties = ["format", "id", "title", "firstStep", "steps"];
    private static readonly string[] StepProperties = ["id", "type", "text", "options", "min", "max", "end", "next"];
    private static readonly string[] OptionProperties = ["id", "label"];

    public Survey? Read(JsonElement root)
    {
        if (!context.ExpectObject(root, "$", "a survey"))
        {
            return null;
        }
        context.RejectUnknown(root, "$", RootProperties);
        var format = context.String(root, "format", "$", required: false);
        if (format is not null && format != Format)
        {
            context.Add("$.format", $"unsupported format \"{format}\"; this version reads \"{Format}\"");
        }
        var id = context.String(root, "id", "$", required: true);
        var title = context.String(root, "title", "$", required: false) ?? "";
        var first = context.String(root, "firstStep", "$", required: true);
        var items = context.Array(root, "steps", "$", required: true);
        if (items.Count > SurveyLimits.MaxSteps)
        {
            context.Add("$.steps", $"{items.Count:N0} steps exceed the limit of {SurveyLimits.MaxSteps:N0} steps per survey");
            return null;
        }
        var steps = new List<Step>(items.Count);
        foreach (var (item, path) in items)
        {
            if (context.IsFull)
            {
                break;
            }
            if (ReadStep(item, path) is { } step)
            {
                steps.Add(step);
            }
        }
        if (context.Errors.Count > 0 || id is null || first is null)
        {
            return null;
        }
        return new Survey { Id = id, Title = title, FirstStepId = first, Steps = steps };
    }

    private Step? ReadStep(JsonElement item, string path)
    {
        if (!context.ExpectObject(item, path, "a step"))
        {
            return null;
        }
        context.RejectUnknown(item, path, StepProperties);
        var id = context.String(item, "id", path, required: true);
        var type = context.String(item, "type", path, required: true);
        StepKind kind = default;
        if (type is not null && !StepTypeNames.TryGetKind(type, out kind))
        {
            context.Add($"{path}.type", $"unknown step type \"{type}\"; expected one of {StepTypeNames.Expected}");
            type = null;
        }
        var step = new Step
        {
            Id = id ?? "",
            Kind = kind,
            Text = context.String(item, "text", path, required: false) ?? "",
            Options = ReadOptions(item, path),
            Min = context.Integer(item, "min", path),
            Max = context.Integer(item, "max", path),
            IsEnd = context.Boolean(item, "end", path),
            Transitions = context.Array(item, "next", path, required: false)
                .Select(next => TransitionJsonReader.Read(context, next.Item, next.Path))
                .OfType<Transition>().ToList(),
        };
        return id is null || type is null ? null : step;
    }

    private List<StepOption> ReadOptions(JsonElement item, string path)
    {
        var options = new List<StepOption>();
        foreach (var (option, optionPath) in context.Array(item, "options", path, required: false))
        {
            if (!context.ExpectObject(option, optionPath, "an option"))
            {
                continue;
            }
            context.RejectUnknown(option, optionPath, OptionProperties);
            var id = context.String(option, "id", optionPath, required: true);
            var label = context.String(option, "label", optionPath, required: false);
            if (id is not null)
            {
                options.Add(new StepOption(id, label ?? id));
            }
        }
        return options;
    }
}
