namespace Outreach.Surveys.Json;

/// <summary>A problem in an imported survey document: where (a JSON path such as $.steps[3].type) and why.</summary>
public sealed record SurveyJsonError(string Path, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Reason}";
}
