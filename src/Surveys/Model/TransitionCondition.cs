namespace Outreach.Surveys.Model;

/// <summary>When a transition applies: on an option, on a numeric range, on a condition expression, or by default.</summary>
public abstract record TransitionCondition;
