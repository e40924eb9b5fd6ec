using Outreach.Surveys.Model;

namespace Outreach.Surveys.Json;

/// <summary>The step "type" words of the JSON format and the kinds they stand for.</summary>
internal static class StepTypeNames
{
    private static readonly Dictionary<string, StepKind> Kinds = new(StringComparer.Ordinal)
    {
        ["single"] = StepKind.SingleChoice,
        ["multiple"] = StepKind.MultipleChoice,
        ["number"] = StepKind.Number,
        ["yesno"] = StepKind.YesNo,
        ["text"] = StepKind.Text,
        ["date"] = StepKind.Date,
        ["say"] = StepKind.Say,
    };

    public static string Expected { get; } = string.Join(", ", Kinds.Keys);

    public static bool TryGetKind(string name, out StepKind kind) => Kinds.TryGetValue(name, out kind);

    public static string NameOf(StepKind kind) => Kinds.First(pair => pair.Value == kind).Key;
}
