using Outreach.Surveys.Conditions;
using Outreach.Surveys.Model;

namespace Outreach.Surveys.Runtime;

/// <summary>What a condition sees during a walk: the answers kept so far on the path, and the subscriber's fields.</summary>
internal sealed class PathScope(IReadOnlyDictionary<string, Answer> answers, SubscriberProfile subscriber) : IConditionScope
{
    public ConditionValue Answer(string stepId) =>
        answers.TryGetValue(stepId, out var answer) ? ConditionValue.FromAnswer(answer.Value) : ConditionValue.Missing;

    public ConditionValue Field(string name) =>
        subscriber.TryGet(name, out var value) ? ConditionValue.FromField(value) : ConditionValue.Missing;
}
