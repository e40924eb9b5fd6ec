namespace Outreach.Surveys.Conditions;

/// <summary>'not' of a condition.</summary>
internal sealed record NotNode(ConditionNode Operand) : ConditionNode
{
    public override bool Evaluate(IConditionScope scope) => !Operand.Evaluate(scope);

    public override void CollectReferences(ISet<string> fields, ISet<string> answers) =>
        Operand.CollectReferences(fields, answers);
}
