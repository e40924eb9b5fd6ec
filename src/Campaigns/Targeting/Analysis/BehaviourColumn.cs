namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>
/// One column of the subscriber base as read for analysis, with the rule attribute it stands for, so a
/// segment or pattern found in it can be turned back into a rule filter.
/// </summary>
/// <param name="Name">Column name in words-friendly form ("smsPerMonth", "has Roaming Pack").</param>
/// <param name="Kind">Number, a category (one text value), or a yes/no flag of a list attribute.</param>
/// <param name="RuleField">The rule attribute: "smsPerMonth", "tariff", "products", "intlCallsTo:UA".</param>
/// <param name="RuleValue">For a flag, the list item it tests ("Roaming Pack"); otherwise null.</param>
public abstract record BehaviourColumn(string Name, BehaviourKind Kind, string RuleField, string? RuleValue);

/// <summary>A numeric column; NaN where the subscriber has no value.</summary>
public sealed record NumericBehaviour(string Name, string RuleField, float[] Values)
    : BehaviourColumn(Name, BehaviourKind.Number, RuleField, null);

/// <summary>A category or yes/no column stored as codes into its values; -1 where blank.</summary>
public sealed record CodedBehaviour(string Name, BehaviourKind Kind, string RuleField, string? RuleValue, int[] Codes, IReadOnlyList<string> Categories)
    : BehaviourColumn(Name, Kind, RuleField, RuleValue);

/// <summary>How a behaviour column reads.</summary>
public enum BehaviourKind
{
    Number,
    Category,
    Flag,
}
