using System.Text.RegularExpressions;

namespace Outreach.Campaigns.Users;

/// <summary>Field rules for user accounts, shared by the API and the admin page.</summary>
public static partial class UserValidation
{
    public const int MinPasswordLength = 8;

    public const int MaxSkills = 20;

    [GeneratedRegex("^[a-z0-9._-]{2,64}$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex("^[a-z0-9_-]{1,32}$")]
    private static partial Regex SkillPattern();

    /// <summary>Skills trimmed, lower-cased, without repeats, in the order given.</summary>
    public static string[] NormalizeSkills(IEnumerable<string>? skills) =>
        (skills ?? []).Select(s => (s ?? "").Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToArray();

    /// <summary>Field name → message for every rule the new user breaks; empty when valid.</summary>
    public static Dictionary<string, string[]> Validate(NewUser user)
    {
        var errors = new Dictionary<string, string[]>();
        if (!UsernamePattern().IsMatch(user.Username ?? ""))
            errors["username"] = ["2–64 characters: lower-case letters, digits, '.', '_' or '-'."];
        if (string.IsNullOrWhiteSpace(user.DisplayName))
            errors["displayName"] = ["A display name is required."];
        if ((user.Password ?? "").Length < MinPasswordLength)
            errors["password"] = [$"At least {MinPasswordLength} characters."];
        if (user.Roles is null || user.Roles.Count == 0)
            errors["roles"] = ["Choose at least one role."];
        else if (user.Roles.FirstOrDefault(r => !Role.IsKnown(r)) is { } unknown)
            errors["roles"] = [$"Unknown role '{unknown}'."];
        var skills = NormalizeSkills(user.Skills);
        if (skills.Length > MaxSkills)
            errors["skills"] = [$"At most {MaxSkills} skills."];
        else if (skills.FirstOrDefault(s => !SkillPattern().IsMatch(s)) is { } bad)
            errors["skills"] = [$"'{bad}' is not a skill: 1–32 lower-case letters, digits, '_' or '-' (a language such as 'es')."];
        return errors;
    }
}
