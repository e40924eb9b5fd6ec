using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Outreach.Campaigns.Users;
using Outreach.Web.Hosting;

namespace Outreach.Web.Api;

/// <summary>POST /api/auth/login and /api/auth/logout, GET /api/me.</summary>
internal static class AuthEndpoints
{
    public sealed record LoginRequest(string? Username, string? Password);

    public sealed record Me(string Username, string DisplayName, IReadOnlyList<string> Roles);

    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous().WithTags("Auth")
            .WithSummary("Signs in and sets the auth cookie.");
        api.MapPost("/auth/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return TypedResults.NoContent();
        }).WithTags("Auth").WithSummary("Signs out.");
        api.MapGet("/me", (HttpContext http) => TypedResults.Ok(new Me(
            http.User.Identity!.Name!,
            http.User.FindFirst("display_name")?.Value ?? "",
            http.User.FindAll(System.Security.Claims.ClaimTypes.Role).Select(c => c.Value).ToList())))
            .RequireAuthorization().WithTags("Auth").WithSummary("Who is signed in, with their roles.");
    }

    private static async Task<IResult> LoginAsync(LoginRequest? request, HttpContext http, UserRepository users, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request?.Username)) errors["username"] = ["Enter your username."];
        if (string.IsNullOrEmpty(request?.Password)) errors["password"] = ["Enter your password."];
        if (errors.Count > 0) return ApiProblems.Invalid(errors);

        var user = await users.VerifyPasswordAsync(request!.Username!.Trim().ToLowerInvariant(), request.Password!, ct);
        if (user is null)
            return TypedResults.Problem(title: "Unknown username or wrong password", statusCode: StatusCodes.Status401Unauthorized);
        await AuthServices.SignInAsync(http, user);
        return TypedResults.Ok(new Me(user.Username, user.DisplayName, user.Roles));
    }
}
