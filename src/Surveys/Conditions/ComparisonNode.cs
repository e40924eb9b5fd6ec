namespace Outreach.Surveys.Conditions;

/// <summary>'left op right', for example age >= 30.</summary>
internal sealed record ComparisonNode(Operand Left, ComparisonOperator Operator, Operand Right) : ConditionNode
{
    public override bool Evaluate(IConditionScope scope) =>
        ValueComparer.Compare(Left.Resolve(scope), Operator, Right.Resolve(scope));

    public override void CollectReferences(ISet<string> fields, ISet<string> answers)
    {
        Left.CollectReferences(fields, answers);
        Right.CollectReferences(fields, answers);
    }
}
