using Outreach.Segmentation.Rules;

namespace Outreach.Segmentation.Patterns;

/// <summary>A yes/no fact about a subscriber mined for patterns: "sms per month ≥ 120", "tariff = prepaid".</summary>
public sealed record PatternItem(string Column, PatternItemKind Kind, double Threshold, string? Category, string Description)
{
    /// <summary>
    /// The same fact as a rule condition, so a pattern can be used as a segment filter. It compiles
    /// when the column is a catalog field (rule name or column name, e.g. <c>sms_per_month</c>).
    /// </summary>
    public RuleCondition ToCondition() => Kind == PatternItemKind.AtLeast
        ? RuleCondition.Of(Column, RuleOperators.GreaterOrEqual, (decimal)Threshold)
        : RuleCondition.Of(Column, RuleOperators.Equal, Category);
}
