using Outreach.Surveys.Model;
using Outreach.Surveys.Validation;

namespace Outreach.Surveys.Json;

/// <summary>
/// What an import produced: the survey when the document could be read (it may still have validation issues,
/// since a draft may be unfinished), the document errors otherwise.
/// </summary>
public sealed record SurveyImportResult(Survey? Survey, IReadOnlyList<SurveyJsonError> Errors, IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>True when the document was read.</summary>
    public bool IsRead => Survey is not null;

    /// <summary>True when the document was read and the survey has no validation issues, so it could be published.</summary>
    public bool IsValid => Survey is not null && Issues.Count == 0;
}
