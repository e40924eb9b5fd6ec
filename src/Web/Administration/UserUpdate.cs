namespace Outreach.Web.Administration;

/// <summary>The changes an administrator makes to an existing user; a null password keeps the current one.</summary>
public sealed record UserUpdate(string DisplayName, int? DepartmentId, bool IsActive, IReadOnlyList<string> Roles, string? NewPassword);
