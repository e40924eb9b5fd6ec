namespace Outreach.Campaigns.Users;

/// <summary>What an administrator enters to create a user.</summary>
public sealed record NewUser(string Username, string DisplayName, string Password, int? DepartmentId, IReadOnlyList<string> Roles,
    IReadOnlyList<string>? Skills = null);
