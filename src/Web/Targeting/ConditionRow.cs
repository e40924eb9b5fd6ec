using System.Globalization;
using Outreach.Segmentation.Rules;

namespace Outreach.Web.Targeting;

/// <summary>One line of the rule builder as typed: field, operator, value(s), negation; turned into a rule node.</summary>
public sealed class ConditionRow
{
    public string Field { get; set; } = "";
    public string Operator { get; set; } = "";
    public string? Value { get; set; }
    public string? Value2 { get; set; }
    public bool Negated { get; set; }

    public FieldDefinition? Definition => FieldCatalog.Default.TryGet(Field, out var f, out _) ? f : null;

    public bool TakesValue => Operator is not (RuleOperators.IsTrue or RuleOperators.IsFalse);

    public bool TakesSecondValue => Operator == RuleOperators.Between;

    /// <summary>The condition, typed the way the compiler reads it; what does not parse is passed on as text so the compiler names it.</summary>
    public RuleNode ToNode()
    {
        var type = Definition?.Type;
        object? value = !TakesValue ? null
            : TakesSecondValue ? new[] { Typed(Value, type), Typed(Value2, type) }
            : Operator is RuleOperators.In or RuleOperators.NotIn ? Split(Value)
            : Operator == RuleOperators.WithinLastDays ? Typed(Value, FieldType.Number)
            : Typed(Value, type);
        var condition = RuleCondition.Of(Field, Operator, value);
        return Negated ? RuleGroup.Negate(condition) : condition;
    }

    private static object Typed(string? text, FieldType? type) =>
        type is FieldType.Number && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : text?.Trim() ?? "";

    private static string[] Split(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
