namespace Outreach.Campaigns.Users;

/// <summary>A person who signs in: marketer, agent, manager or administrator.</summary>
public sealed record UserAccount
{
    public required int Id { get; init; }
    public required string Username { get; init; }
    public required string DisplayName { get; init; }
    public int? DepartmentId { get; init; }
    public string? DepartmentName { get; init; }
    public required bool IsActive { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    /// <summary>Tags such as languages ("es") that routing matches to the subscriber (D4); none = takes any call alike.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];
}
