using System.Globalization;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Users;

namespace Outreach.Web.Administration;

/// <summary>User and department changes with validation and audit, shared by the admin pages and the API.</summary>
public sealed class UserAdministration(UserRepository users, DepartmentRepository departments, AuditLog audit)
{
    public async Task<AdminResult<UserAccount>> CreateUserAsync(string actor, NewUser user, CancellationToken ct)
    {
        var normalised = user with { Username = (user.Username ?? "").Trim().ToLowerInvariant() };
        var errors = UserValidation.Validate(normalised);
        if (errors.Count > 0) return AdminResult<UserAccount>.Invalid(errors);
        var created = await users.CreateAsync(normalised, ct);
        if (created is null) return AdminResult<UserAccount>.Conflicting($"The username '{normalised.Username}' is taken.");
        await audit.RecordAsync(actor, "create", "user", Id(created.Id), new { created.Username, created.Roles, created.DepartmentId, created.Skills }, ct);
        return AdminResult<UserAccount>.Ok(created);
    }

    public async Task<AdminResult<bool>> UpdateUserAsync(string actor, int id, UserUpdate update, CancellationToken ct)
    {
        // Validate the editable fields with the same rules as a new user; the name and password stand in when unchanged.
        var errors = UserValidation.Validate(new NewUser("unchanged", update.DisplayName, update.NewPassword ?? "unchanged-password",
            update.DepartmentId, update.Roles, update.Skills));
        if (errors.Count > 0) return AdminResult<bool>.Invalid(errors);
        if (!await users.UpdateAsync(id, update.DisplayName.Trim(), update.DepartmentId, update.IsActive, update.Roles, update.Skills, ct))
            return AdminResult<bool>.Missing();
        if (update.NewPassword is not null) await users.SetPasswordAsync(id, update.NewPassword, ct);
        await audit.RecordAsync(actor, "update", "user", Id(id), new
        {
            update.DisplayName, update.DepartmentId, update.IsActive, update.Roles, update.Skills, passwordChanged = update.NewPassword is not null,
        }, ct);
        return AdminResult<bool>.Ok(true);
    }

    public async Task<AdminResult<Department>> CreateDepartmentAsync(string actor, string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 100)
            return AdminResult<Department>.Invalid(new() { ["name"] = ["A department needs a name of 1–100 characters."] });
        var id = await departments.CreateAsync(name, ct);
        if (id is null) return AdminResult<Department>.Conflicting($"A department named '{name.Trim()}' exists.");
        await audit.RecordAsync(actor, "create", "department", Id(id.Value), new { name = name.Trim() }, ct);
        return AdminResult<Department>.Ok(new Department(id.Value, name.Trim(), 0));
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
