using Outreach.Surveys.Model;

namespace Outreach.Surveys.Validation;

/// <summary>What every rule needs: the survey, its graph, the options, and the issues found so far.</summary>
internal sealed class ValidationContext(Survey survey, ValidationOptions options)
{
    private readonly List<ValidationIssue> issues = [];

    public Survey Survey { get; } = survey;

    public ValidationOptions Options { get; } = options;

    public SurveyGraph Graph { get; } = new(survey);

    public IReadOnlyList<ValidationIssue> Issues => issues;

    public bool IsFull => issues.Count >= Options.MaxIssues;

    public void Add(ValidationCode code, string? stepId, string message)
    {
        if (!IsFull)
        {
            issues.Add(new ValidationIssue(code, stepId, message));
        }
    }

    public bool IsKnownField(string name) => Options.KnownFields.Contains(name);
}
