namespace Outreach.Surveys.Model;

/// <summary>Applies when the condition expression (see docs/surveys.md) is true over earlier answers and subscriber fields.</summary>
public sealed record When(string Expression) : TransitionCondition;
