using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Segmentation.Patterns;
using Outreach.Segmentation.Rules;
using Outreach.Segmentation.Tabular;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>Maps the base as read from PostgreSQL to the analytic core's table, and what it finds back to rule filters.</summary>
public static class BehaviourTable
{
    public static FeatureTable ToFeatureTable(BehaviourSnapshot snapshot) =>
        new(snapshot.Columns.Select(Column).ToArray());

    private static TableColumn Column(BehaviourColumn column) => column switch
    {
        NumericBehaviour n => new NumericColumn(n.Name, n.Values),
        CodedBehaviour c => new TextColumn(c.Name, c.Codes, c.Categories),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column.GetType().Name),
    };

    /// <summary>A mined fact as the rule filter that selects the same subscribers; null for a column the reader did not give.</summary>
    public static RuleNode? ToCondition(BehaviourSnapshot snapshot, PatternItem item) => snapshot.Find(item.Column) switch
    {
        NumericBehaviour n => RuleCondition.Of(n.RuleField, RuleOperators.GreaterOrEqual, (decimal)item.Threshold),
        CodedBehaviour { Kind: BehaviourKind.Flag } f => item.Category == "yes"
            ? RuleCondition.Of(f.RuleField, RuleOperators.Contains, f.RuleValue)
            : RuleCondition.Of(f.RuleField, RuleOperators.DoesNotContain, f.RuleValue),
        CodedBehaviour c => RuleCondition.Of(c.RuleField, RuleOperators.Equal, item.Category),
        _ => null,
    };

    /// <summary>Both facts of a pattern together: the segment it describes.</summary>
    public static RuleNode? ToRule(BehaviourSnapshot snapshot, AssociationRule pattern) =>
        (ToCondition(snapshot, pattern.Antecedent), ToCondition(snapshot, pattern.Consequent)) is ({ } a, { } b)
            ? RuleGroup.AllOf(a, b)
            : null;
}
