namespace Outreach.Segmentation.Rules;

/// <summary>
/// Compiles a rule tree into a parameterised WHERE clause (<see cref="SegmentSql"/>). Pure: no I/O.
/// Field names resolve only through the <see cref="FieldCatalog"/>; values only become parameters.
/// </summary>
public sealed class RuleCompiler(FieldCatalog catalog)
{
    /// <summary>Deeper trees are refused: no UI builds them, and recursion must stay bounded.</summary>
    public const int MaxDepth = 32;

    private readonly ConditionTranslator conditions = new(catalog);

    /// <summary>A compiler over <see cref="FieldCatalog.Default"/>.</summary>
    public RuleCompiler() : this(FieldCatalog.Default)
    {
    }

    /// <summary>Every problem in the tree, each naming its node; empty when the tree compiles.</summary>
    public IReadOnlyList<RuleValidationError> Validate(RuleNode? root)
    {
        var ctx = new CompilationContext();
        Visit(root, "$", 0, ctx);
        return ctx.Errors;
    }

    /// <summary>Compiles the tree or throws <see cref="RuleValidationException"/> listing every error.</summary>
    public SegmentSql Compile(RuleNode? root)
    {
        var ctx = new CompilationContext();
        var sql = Visit(root, "$", 0, ctx);
        if (ctx.Errors.Count > 0)
            throw new RuleValidationException(ctx.Errors);
        return new SegmentSql(sql, ctx.Parameters);
    }

    private string Visit(RuleNode? node, string path, int depth, CompilationContext ctx)
    {
        if (depth > MaxDepth)
            return ctx.Fail(path, $"rule is nested deeper than {MaxDepth} levels");
        return node switch
        {
            RuleGroup group => VisitGroup(group, path, depth, ctx),
            RuleCondition condition => "(" + conditions.Translate(condition, path, ctx) + ")",
            _ => ctx.Fail(path, "node is empty"),
        };
    }

    private string VisitGroup(RuleGroup group, string path, int depth, CompilationContext ctx)
    {
        var op = group.Op?.Trim().ToLowerInvariant();
        if (op is not (RuleGroup.And or RuleGroup.Or or RuleGroup.Not))
            return ctx.Fail(path, $"group operator '{group.Op}' is not and, or, not");
        var children = group.Children ?? [];
        if (children.Count == 0)
            return ctx.Fail(path, $"'{op}' group has no children");
        if (op == RuleGroup.Not && children.Count != 1)
            return ctx.Fail(path, "'not' group takes exactly one child");
        var parts = children.Select((child, i) => Visit(child, $"{path}.children[{i}]", depth + 1, ctx)).ToList();
        return op == RuleGroup.Not
            ? "(NOT " + parts[0] + ")"
            : "(" + string.Join(op == RuleGroup.And ? " AND " : " OR ", parts) + ")";
    }
}
