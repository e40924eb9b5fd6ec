using Outreach.Segmentation.Rules;

namespace Outreach.Web.Targeting;

/// <summary>A group of the rule builder: its children combined with all ("and") or any ("or").</summary>
public sealed class GroupRow : BuilderNode
{
    /// <summary>Groups nest this deep in the builder; the compiler would take more, a marketer never needs it.</summary>
    public const int MaxDepth = 4;

    public string Op { get; set; } = RuleGroup.And;

    public List<BuilderNode> Children { get; init; } = [];

    protected override RuleNode ToPlainNode() => new RuleGroup { Op = Op, Children = Children.Select(c => c.ToNode()).ToArray() };

    /// <summary>The builder's top group for a rule: the rule's own group, or a group holding it.</summary>
    public static GroupRow Root(RuleNode rule) =>
        From(rule) is GroupRow { Negated: false } group ? group : new GroupRow { Children = [From(rule)] };

    /// <summary>A fresh condition line on the first field the builder offers.</summary>
    public static ConditionRow NewCondition(FieldDefinition field) => new() { Field = field.Name, Operator = field.Operators[0] };
}
