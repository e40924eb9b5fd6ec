namespace Outreach.Surveys.Conditions;

/// <summary>What a condition can see: the answers given earlier on the path and the subscriber's fields.</summary>
public interface IConditionScope
{
    /// <summary>The answer given at the step, or <see cref="ConditionValue.Missing"/>.</summary>
    ConditionValue Answer(string stepId);

    /// <summary>The subscriber field, or <see cref="ConditionValue.Missing"/>.</summary>
    ConditionValue Field(string name);
}
