namespace Outreach.Web.Administration;

/// <summary>What an administrative change came to: done, invalid fields, a conflict or a missing target.</summary>
public sealed record AdminResult<T>(T? Value, Dictionary<string, string[]>? Errors = null, string? Conflict = null, bool NotFound = false)
{
    public bool Succeeded => Errors is null && Conflict is null && !NotFound;

    public static AdminResult<T> Ok(T value) => new(value);
    public static AdminResult<T> Invalid(Dictionary<string, string[]> errors) => new(default, errors);
    public static AdminResult<T> Conflicting(string message) => new(default, Conflict: message);
    public static AdminResult<T> Missing() => new(default, NotFound: true);

    /// <summary>One line for a UI message.</summary>
    public string Message => Conflict ?? (NotFound ? "It no longer exists." : string.Join(" ", Errors?.SelectMany(e => e.Value) ?? []));
}
