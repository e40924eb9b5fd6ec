using System.Text.Json;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Json;

/// <summary>Reads one entry of a step's "next" list: exactly one of option, range, when or default, and the target "to".</summary>
internal static class TransitionJsonReader
{
    private static readonly string[] Properties = ["option", "range", "when", "default", "to"];
    private static readonly string[] ConditionKeys = ["option", "range", "when", "default"];

    public static Transition? Read(JsonReadContext context, JsonElement item, string path)
    {
        if (!context.ExpectObject(item, path, "a transition"))
        {
            return null;
        }
        context.RejectUnknown(item, path, Properties);
        var target = context.String(item, "to", path, required: true);
        var keys = ConditionKeys.Where(key => item.TryGetProperty(key, out _)).ToList();
        if (keys.Count != 1)
        {
            context.Add(path, keys.Count == 0
                ? "a transition needs one of option, range, when or default"
                : $"a transition takes one condition, found {string.Join(" and ", keys)}");
            return null;
        }
        var condition = ReadCondition(context, item, path, keys[0]);
        return condition is null || target is null ? null : new Transition(condition, target);
    }

    private static TransitionCondition? ReadCondition(JsonReadContext context, JsonElement item, string path, string key)
    {
        switch (key)
        {
            case "option":
                return context.String(item, "option", path, required: true) is { } option ? new OnOption(option) : null;
            case "when":
                return context.String(item, "when", path, required: true) is { } expression ? new When(expression) : null;
            case "default":
                if (item.GetProperty("default").ValueKind != JsonValueKind.True)
                {
                    context.Add($"{path}.default", "expected true");
                    return null;
                }
                return Otherwise.Instance;
            default:
                return ReadRange(context, item.GetProperty("range"), $"{path}.range");
        }
    }

    private static InRange? ReadRange(JsonReadContext context, JsonElement range, string path)
    {
        if (range.ValueKind != JsonValueKind.Array || range.GetArrayLength() != 2)
        {
            context.Add(path, $"expected [min, max], found {JsonReadContext.Describe(range)}");
            return null;
        }
        var min = context.Integer(range[0], $"{path}[0]");
        var max = context.Integer(range[1], $"{path}[1]");
        return min is null || max is null ? null : new InRange(min.Value, max.Value);
    }
}
