namespace Outreach.Surveys.Versions;

/// <summary>The value of a version operation, or why it was refused.</summary>
public sealed record VersionResult<T>(T? Value, string? Error) where T : class
{
    /// <summary>True when the operation was applied.</summary>
    public bool Succeeded => Error is null;

    internal static VersionResult<T> Ok(T value) => new(value, null);

    internal static VersionResult<T> Fail(string error) => new(null, error);
}
