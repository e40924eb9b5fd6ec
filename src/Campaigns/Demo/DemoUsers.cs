using Outreach.Campaigns.Users;

namespace Outreach.Campaigns.Demo;

/// <summary>The demo accounts: created only in demo mode, all with the same published password.</summary>
public static class DemoUsers
{
    public const string Password = "outreach-demo";

    public static readonly IReadOnlyList<string> Departments = ["Sales", "Customer Care", "Retention"];

    /// <summary>Username, display name, department name (null = none) and role of every demo user.</summary>
    public static IEnumerable<(string Username, string DisplayName, string? Department, string Role)> All()
    {
        yield return ("admin", "Ada Admin", null, Role.Admin);
        yield return ("marketer", "Mark Marketer", "Sales", Role.Marketer);
        yield return ("manager", "Mona Manager", "Sales", Role.Manager);
        for (var i = 1; i <= 20; i++)
            yield return ($"agent{i}", $"Agent {i}", i <= 14 ? "Sales" : "Customer Care", Role.Agent);
    }

    /// <summary>Demo agents speak English; every third one Spanish too (about one demo subscriber in five speaks Spanish).</summary>
    public static IReadOnlyList<string> SkillsOf(string username) =>
        username.StartsWith("agent", StringComparison.Ordinal) && int.TryParse(username[5..], out var i)
            ? i % 3 == 0 ? ["en", "es"] : ["en"]
            : [];
}
