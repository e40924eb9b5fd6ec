namespace Outreach.Surveys.Conditions;

/// <summary>answer('q1'): the answer given at an earlier step.</summary>
internal sealed record AnswerOperand(string StepId) : Operand
{
    public override ConditionValue Resolve(IConditionScope scope) => scope.Answer(StepId);

    public override void CollectReferences(ISet<string> fields, ISet<string> answers) => answers.Add(StepId);
}
