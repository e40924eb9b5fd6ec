using Outreach.Campaigns.Users;
using Outreach.Web.Administration;

namespace Outreach.Web.Api;

/// <summary>Users and departments, for administrators; every change is validated and audited by <see cref="UserAdministration"/>.</summary>
internal static class AdminEndpoints
{
    public sealed record DepartmentRequest(string? Name);

    public static void MapAdminEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").RequireAuthorization(Role.Admin).WithTags("Administration");
        users.MapGet("/", (UserRepository repo, CancellationToken ct) => repo.ListAsync(ct)).WithSummary("All users with their roles.");
        users.MapPost("/", async (NewUser? user, UserAdministration admin, HttpContext http, CancellationToken ct) =>
            user is null ? ApiProblems.Invalid("body", "Send the new user as JSON.")
                : ToResult(await admin.CreateUserAsync(Actor(http), user, ct), u => TypedResults.Created($"/api/users/{u.Id}", u)))
            .WithSummary("Creates a user.");
        users.MapPut("/{id:int}", async (int id, UserUpdate? update, UserAdministration admin, HttpContext http, CancellationToken ct) =>
            update is null ? ApiProblems.Invalid("body", "Send the changes as JSON.")
                : ToResult(await admin.UpdateUserAsync(Actor(http), id, update, ct), _ => TypedResults.NoContent()))
            .WithSummary("Changes a user's name, department, roles, active flag or password.");

        var departments = api.MapGroup("/departments").RequireAuthorization(Role.Admin).WithTags("Administration");
        departments.MapGet("/", (DepartmentRepository repo, CancellationToken ct) => repo.ListAsync(ct)).WithSummary("All departments.");
        departments.MapPost("/", async (DepartmentRequest? request, UserAdministration admin, HttpContext http, CancellationToken ct) =>
            ToResult(await admin.CreateDepartmentAsync(Actor(http), request?.Name, ct), d => TypedResults.Created($"/api/departments/{d.Id}", d)))
            .WithSummary("Creates a department.");
    }

    private static string Actor(HttpContext http) => http.User.Identity!.Name!;

    private static IResult ToResult<T>(AdminResult<T> result, Func<T, IResult> success) =>
        result.Errors is not null ? ApiProblems.Invalid(result.Errors)
        : result.Conflict is not null ? ApiProblems.Conflict(result.Conflict)
        : result.NotFound ? ApiProblems.NotFound("User")
        : success(result.Value!);
}
