namespace Outreach.Surveys.Model;

/// <summary>One answer option of a choice step: a stable id (used by transitions and stored answers) and the label shown.</summary>
public sealed record StepOption(string Id, string Label);
