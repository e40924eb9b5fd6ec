using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
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

    private static async Task<IResult> LoginAsync(LoginRequest? request, HttpContext http, SignInCheck signIn, CancellationToken ct)
    {
        var missing = SignInCheck.MissingFields(request?.Username, request?.Password);
        if (missing.Count > 0) return ApiProblems.Invalid(missing.ToDictionary(e => e.Key, e => new[] { e.Value }));

        var user = await signIn.VerifyAsync(request!.Username!, request.Password!, ct);
        if (user is null)
            return TypedResults.Problem(title: "Unknown username or wrong password", statusCode: StatusCodes.Status401Unauthorized);
        await AuthServices.SignInAsync(http, user);
        return TypedResults.Ok(new Me(user.Username, user.DisplayName, user.Roles));
    }
}
