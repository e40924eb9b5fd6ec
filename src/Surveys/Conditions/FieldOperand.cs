namespace Outreach.Surveys.Conditions;

/// <summary>A subscriber field named by a bare word, for example tariff.</summary>
internal sealed record FieldOperand(string Name) : Operand
{
    public override ConditionValue Resolve(IConditionScope scope) => scope.Field(Name);

    public override void CollectReferences(ISet<string> fields, ISet<string> answers) => fields.Add(Name);
}
