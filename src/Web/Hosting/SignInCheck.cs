using Outreach.Campaigns.Users;

namespace Outreach.Web.Hosting;

/// <summary>The one sign-in rule set shared by the login page and POST /api/auth/login.</summary>
public sealed class SignInCheck(UserRepository users)
{
    /// <summary>Field name → message for empty fields; empty when both are given.</summary>
    public static Dictionary<string, string> MissingFields(string? username, string? password)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(username)) errors["username"] = "Enter your username.";
        if (string.IsNullOrEmpty(password)) errors["password"] = "Enter your password.";
        return errors;
    }

    /// <summary>The active account matching the credentials (usernames are case-insensitive), or null.</summary>
    public Task<UserAccount?> VerifyAsync(string username, string password, CancellationToken ct) =>
        users.VerifyPasswordAsync(username.Trim().ToLowerInvariant(), password, ct);
}
