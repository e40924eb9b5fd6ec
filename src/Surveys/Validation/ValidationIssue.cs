namespace Outreach.Surveys.Validation;

/// <summary>One problem found in a survey: a code, the step it is about (null for the survey itself) and a message for people.</summary>
public sealed record ValidationIssue(ValidationCode Code, string? StepId, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
