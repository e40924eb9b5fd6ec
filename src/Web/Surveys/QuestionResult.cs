namespace Outreach.Web.Surveys;

/// <summary>The answers to one question: each value with its count and share of the walks that answered it.</summary>
public sealed record QuestionResult(string StepId, string Text, long Answered, IReadOnlyList<ValueCount> Values);
