namespace Outreach.Segmentation.Rules;

/// <summary>One field a rule may filter on: its rule name, display name, type and the SQL it reads.</summary>
/// <param name="Name">Name used in rule JSON, e.g. <c>smsPerMonth</c>.</param>
/// <param name="DisplayName">Label for the rule builder UI.</param>
/// <param name="Type">Value type; decides the operators.</param>
/// <param name="Column">Database column name (snake_case); also accepted as an alias in rules.</param>
/// <param name="SqlExpression">Trusted SQL that reads the field; never built from input.</param>
public sealed record FieldDefinition(string Name, string DisplayName, FieldType Type, string Column, string SqlExpression)
{
    /// <summary>True when the field lives in <c>subscriber_facts</c> (alias f).</summary>
    public bool IsFact => SqlExpression.StartsWith("f.", StringComparison.Ordinal)
        || SqlExpression.Contains("(f.", StringComparison.Ordinal);

    /// <summary>Operators the UI should offer for this field.</summary>
    public IReadOnlyList<string> Operators => RuleOperators.For(Type);
}
