using System.Globalization;
using System.Security.Claims;
using Outreach.Campaigns.Users;

namespace Outreach.Web.Engine;

/// <summary>Who gives an engine command: the agent grain key, the name audits record, the departments they see.</summary>
public sealed record EngineUser(int Id, string UserName, IReadOnlyList<int>? DepartmentIds)
{
    /// <summary>Administrators see every department (null); others only their own (none when they have no department).</summary>
    public static EngineUser From(ClaimsPrincipal principal)
    {
        var id = int.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "0", CultureInfo.InvariantCulture);
        var department = principal.FindFirstValue("department_id");
        IReadOnlyList<int>? departments = principal.IsInRole(Role.Admin) ? null
            : department is null ? [] : [int.Parse(department, CultureInfo.InvariantCulture)];
        return new EngineUser(id, principal.Identity?.Name ?? "", departments);
    }

    public bool Sees(int departmentId) => DepartmentIds is null || DepartmentIds.Contains(departmentId);
}
