using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Outreach.Campaigns.Users;

namespace Outreach.Web.Hosting;

/// <summary>Cookie sign-in with the four roles; the API answers 401/403 where pages redirect.</summary>
public static class AuthServices
{
    public const string MarketingPolicy = "marketing";

    public static IServiceCollection AddOutreachAuth(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "outreach.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/access-denied";
                o.SlidingExpiration = true;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.Events.OnRedirectToLogin = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiStatusOrRedirect(ctx, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(MarketingPolicy, p => p.RequireRole(Role.Marketer, Role.Manager, Role.Admin))
            .AddPolicy(Role.Admin, p => p.RequireRole(Role.Admin))
            .AddPolicy(Role.Agent, p => p.RequireRole(Role.Agent))
            .AddPolicy(Role.Manager, p => p.RequireRole(Role.Manager, Role.Admin));
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>The principal stored in the cookie for an account.</summary>
    public static ClaimsPrincipal PrincipalFor(UserAccount user)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Username),
            new("display_name", user.DisplayName),
        };
        if (user.DepartmentId is { } department)
            claims.Add(new Claim("department_id", department.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        claims.AddRange(user.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    public static Task SignInAsync(HttpContext http, UserAccount user) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, PrincipalFor(user),
            new AuthenticationProperties { IsPersistent = true });

    // Pages redirect to the login or access-denied page; the API answers with a ProblemDetails status.
    private static async Task ApiStatusOrRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (!ctx.Request.Path.StartsWithSegments("/api") && !ctx.Request.Path.StartsWithSegments("/hubs"))
        {
            ctx.Response.Redirect(ctx.RedirectUri);
            return;
        }
        ctx.Response.StatusCode = status;
        var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = ctx.HttpContext,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? "Sign in first" : "Your role may not do this",
                Detail = status == StatusCodes.Status401Unauthorized
                    ? "POST /api/auth/login with a username and password to get the auth cookie."
                    : "This resource is for other roles than yours.",
            },
        });
    }
}
