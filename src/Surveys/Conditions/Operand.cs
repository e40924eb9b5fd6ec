namespace Outreach.Surveys.Conditions;

/// <summary>A value in a condition: a literal, a subscriber field, or an earlier answer.</summary>
internal abstract record Operand
{
    public abstract ConditionValue Resolve(IConditionScope scope);

    public virtual void CollectReferences(ISet<string> fields, ISet<string> answers)
    {
        // Literals refer to nothing; fields and answers override.
    }
}
