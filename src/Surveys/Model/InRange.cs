namespace Outreach.Surveys.Model;

/// <summary>Applies when a number answer lies in [Min, Max], both ends included.</summary>
public sealed record InRange(long Min, long Max) : TransitionCondition;
