using Outreach.Surveys.Validation;

namespace Outreach.Surveys.Runtime;

/// <summary>Thrown when an invalid survey is compiled for running; callers should validate (or publish) first.</summary>
public sealed class InvalidSurveyException(IReadOnlyList<ValidationIssue> issues)
    : Exception($"The survey is not valid: {string.Join("; ", issues.Take(5).Select(issue => issue.Message))}")
{
    /// <summary>Everything the validator found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; } = issues;
}
