namespace Outreach.Web.Administration;

/// <summary>The changes an administrator makes to an existing user; a null password keeps the current one.</summary>
/// <remarks><see cref="Skills"/> null keeps the current skills; an empty list removes them.</remarks>
public sealed record UserUpdate(string DisplayName, int? DepartmentId, bool IsActive, IReadOnlyList<string> Roles, string? NewPassword,
    IReadOnlyList<string>? Skills = null);
