using System.Text.Json;

namespace Outreach.Segmentation.Rules;

/// <summary>
/// One test on one field: <c>{ "field": "smsPerMonth", "operator": ">=", "value": 100 }</c>.
/// The value is kept as JSON because its shape depends on the operator (number, text, list, pair).
/// </summary>
public sealed record RuleCondition : RuleNode
{
    public required string Field { get; init; }

    public required string Operator { get; init; }

    /// <summary>Absent for "is true"/"is false"; a two-item array for "between"; an array for "in".</summary>
    public JsonElement? Value { get; init; }

    /// <summary>Builds a condition from a CLR value (number, string, array, DateOnly), for code callers.</summary>
    public static RuleCondition Of(string field, string op, object? value = null) => new()
    {
        Field = field,
        Operator = op,
        Value = value is null ? null : JsonSerializer.SerializeToElement(value),
    };
}
