namespace Outreach.Campaigns.Users;

/// <summary>The four roles of P1; the names are the ones stored in the roles table and cookies.</summary>
public static class Role
{
    public const string Marketer = "marketer";
    public const string Agent = "agent";
    public const string Manager = "manager";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Marketer, Agent, Manager, Admin];

    public static bool IsKnown(string role) => All.Contains(role);
}
