namespace Outreach.Surveys.Conditions;

/// <summary>'and' / 'or' of two conditions, short-circuited.</summary>
internal sealed record LogicalNode(bool IsAnd, ConditionNode Left, ConditionNode Right) : ConditionNode
{
    public override bool Evaluate(IConditionScope scope) =>
        IsAnd ? Left.Evaluate(scope) && Right.Evaluate(scope) : Left.Evaluate(scope) || Right.Evaluate(scope);

    public override void CollectReferences(ISet<string> fields, ISet<string> answers)
    {
        Left.CollectReferences(fields, answers);
        Right.CollectReferences(fields, answers);
    }
}
