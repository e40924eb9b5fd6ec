using Outreach.Surveys.Validation;

namespace Outreach.Surveys.Versions;

/// <summary>The version published, or the reason it was not: no draft, or the draft's validation issues.</summary>
public sealed record PublishResult(SurveyVersion? Version, string? Error, IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>True when a version was published.</summary>
    public bool Succeeded => Version is not null;
}
