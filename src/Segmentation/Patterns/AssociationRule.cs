using Outreach.Segmentation.Rules;

namespace Outreach.Segmentation.Patterns;

/// <summary>
/// "Subscribers who <see cref="Antecedent"/> also <see cref="Consequent"/>", with its strength:
/// support = share of all rows with both; confidence = share of antecedent rows with the consequent;
/// lift = confidence ÷ the consequent's overall share (1 = no relation).
/// </summary>
public sealed record AssociationRule(
    PatternItem Antecedent,
    PatternItem Consequent,
    int Count,
    double Support,
    double Confidence,
    double Lift)
{
    public string Description => $"{Antecedent.Description} → {Consequent.Description}";

    /// <summary>Both facts together as a rule group: the segment the pattern describes.</summary>
    public RuleGroup ToRule() => RuleGroup.AllOf(Antecedent.ToCondition(), Consequent.ToCondition());
}
