using System.Globalization;
using System.Text.Json;
using Outreach.Segmentation.Rules;

namespace Outreach.Web.Targeting;

/// <summary>One line of the rule builder as typed: field, operator, value(s), negation; turned into a rule node.</summary>
public sealed class ConditionRow : BuilderNode
{
    public string Field { get; set; } = "";
    public string Operator { get; set; } = "";
    public string? Value { get; set; }
    public string? Value2 { get; set; }

    /// <summary>The two-letter country of the per-country calls field (<c>intlCallsTo:UA</c>).</summary>
    public string? Country { get; set; }

    public FieldDefinition? Definition => FieldCatalog.Default.TryGet(Field, out var f, out _) ? f : null;

    public bool TakesValue => Operator is not (RuleOperators.IsTrue or RuleOperators.IsFalse);

    public bool TakesSecondValue => Operator == RuleOperators.Between;

    public bool TakesCountry => Definition?.Type == FieldType.CountryCalls;

    /// <summary>The condition, typed the way the compiler reads it; what does not parse is passed on as text so the compiler names it.</summary>
    protected override RuleNode ToPlainNode()
    {
        var type = Definition?.Type;
        object? value = !TakesValue ? null
            : TakesSecondValue ? new[] { Typed(Value, type), Typed(Value2, type) }
            : Operator is RuleOperators.In or RuleOperators.NotIn || type is FieldType.TextArray ? Split(Value)
            : Operator == RuleOperators.WithinLastDays ? Typed(Value, FieldType.Number)
            : Typed(Value, type);
        return RuleCondition.Of(TakesCountry ? $"{Field}:{Country?.Trim()}" : Field, Operator, value);
    }

    /// <summary>The line that shows a stored or linked condition; values become the text a person would type.</summary>
    public static ConditionRow From(RuleCondition condition)
    {
        var colon = condition.Field.IndexOf(':');
        var row = new ConditionRow
        {
            Field = colon < 0 ? condition.Field : condition.Field[..colon],
            Country = colon < 0 ? null : condition.Field[(colon + 1)..],
            Operator = condition.Operator,
        };
        // Column names (sms_per_month) are accepted by the compiler; the builder lists rule names.
        if (row.Definition is { } field)
            row.Field = field.Name;
        if (condition.Value is not { } value)
            return row;
        if (value.ValueKind == JsonValueKind.Array && row.TakesSecondValue && value.GetArrayLength() == 2)
            (row.Value, row.Value2) = (Text(value[0]), Text(value[1]));
        else
            row.Value = value.ValueKind == JsonValueKind.Array ? string.Join(", ", value.EnumerateArray().Select(Text)) : Text(value);
        return row;
    }

    private static string Text(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();

    private static object Typed(string? text, FieldType? type) =>
        type is FieldType.Number or FieldType.CountryCalls && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : text?.Trim() ?? "";

    private static string[] Split(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
