namespace Outreach.Surveys.Conditions;

/// <summary>'subject in (a, b, …)' or 'subject not in (…)'.</summary>
internal sealed record MembershipNode(Operand Subject, IReadOnlyList<Operand> Items, bool Negated) : ConditionNode
{
    public override bool Evaluate(IConditionScope scope)
    {
        var subject = Subject.Resolve(scope);
        if (subject.Kind == ConditionValueKind.Missing)
        {
            // Like a comparison: an unknown value is neither in nor out of the list.
            return false;
        }
        var found = false;
        foreach (var item in Items)
        {
            found |= ValueComparer.Compare(subject, ComparisonOperator.Equal, item.Resolve(scope));
        }
        return found != Negated;
    }

    public override void CollectReferences(ISet<string> fields, ISet<string> answers)
    {
        Subject.CollectReferences(fields, answers);
        foreach (var item in Items)
        {
            item.CollectReferences(fields, answers);
        }
    }
}
