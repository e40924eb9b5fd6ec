namespace Outreach.Surveys.Conditions;

/// <summary>A number or quoted text written in the condition.</summary>
internal sealed record LiteralOperand(ConditionValue Value) : Operand
{
    public override ConditionValue Resolve(IConditionScope scope) => Value;
}
