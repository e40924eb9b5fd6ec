namespace Outreach.Campaigns.Surveys;

/// <summary>How many walks gave one canonical value at one step.</summary>
public sealed record AnswerCountRow(string StepId, string Value, long Count);
