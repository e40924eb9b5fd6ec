using Outreach.Segmentation.Rules;

namespace Outreach.Web.Targeting;

/// <summary>One node of the rule builder as the marketer edits it: a condition line or a group; either may be negated.</summary>
public abstract class BuilderNode
{
    public bool Negated { get; set; }

    /// <summary>The rule node, wrapped in "not" when negated.</summary>
    public RuleNode ToNode() => Negated ? RuleGroup.Negate(ToPlainNode()) : ToPlainNode();

    protected abstract RuleNode ToPlainNode();

    /// <summary>The builder node for a rule node; "not" becomes the negation flag of what it wraps.</summary>
    public static BuilderNode From(RuleNode node)
    {
        if (node is RuleGroup { Op: RuleGroup.Not, Children: [var only] })
        {
            var inner = From(only);
            inner.Negated = !inner.Negated;
            return inner;
        }
        return node switch
        {
            RuleGroup group => new GroupRow { Op = group.Op, Children = group.Children.Select(From).ToList() },
            RuleCondition condition => ConditionRow.From(condition),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name),
        };
    }
}
