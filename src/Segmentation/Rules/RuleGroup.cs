namespace Outreach.Segmentation.Rules;

/// <summary>Combines child nodes with "and", "or" or "not" (not takes exactly one child).</summary>
public sealed record RuleGroup : RuleNode
{
    public const string And = "and";
    public const string Or = "or";
    public const string Not = "not";

    /// <summary>"and", "or" or "not".</summary>
    public required string Op { get; init; }

    public IReadOnlyList<RuleNode> Children { get; init; } = [];

    /// <summary>All children must hold.</summary>
    public static RuleGroup AllOf(params RuleNode[] children) => new() { Op = And, Children = children };

    /// <summary>At least one child must hold.</summary>
    public static RuleGroup AnyOf(params RuleNode[] children) => new() { Op = Or, Children = children };

    /// <summary>The child must not hold.</summary>
    public static RuleGroup Negate(RuleNode child) => new() { Op = Not, Children = [child] };
}
