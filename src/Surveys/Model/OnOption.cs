namespace Outreach.Surveys.Model;

/// <summary>Applies when the answer is (or, for multiple choice, includes) the option.</summary>
public sealed record OnOption(string OptionId) : TransitionCondition;
