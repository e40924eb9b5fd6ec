namespace Outreach.Surveys.Conditions;

/// <summary>A node of a parsed condition: evaluated against a scope, and able to list what it refers to.</summary>
internal abstract record ConditionNode
{
    public abstract bool Evaluate(IConditionScope scope);

    public abstract void CollectReferences(ISet<string> fields, ISet<string> answers);
}
