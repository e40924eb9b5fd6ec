namespace Outreach.Surveys.Conditions;

/// <summary>The literal 'true' or 'false'.</summary>
internal sealed record ConstantNode(bool Value) : ConditionNode
{
    public override bool Evaluate(IConditionScope scope) => Value;

    public override void CollectReferences(ISet<string> fields, ISet<string> answers)
    {
        // A constant refers to nothing.
    }
}
