using System.Globalization;
using System.Security.Claims;
using Outreach.Campaigns.Users;

namespace Outreach.Web.CampaignSetup;

/// <summary>Who works on campaigns, and so which departments' campaigns they see (P1): an administrator sees all.</summary>
public sealed record CampaignActor(string Name, int? UserId, int? DepartmentId, bool IsAdmin)
{
    /// <summary>The departments this person's campaigns may belong to; null = every department.</summary>
    public IReadOnlyList<int>? Departments => IsAdmin ? null : DepartmentId is { } d ? [d] : [];

    public bool Sees(int departmentId) => Departments is not { } own || own.Contains(departmentId);

    public static CampaignActor From(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "unknown",
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null,
        int.TryParse(user.FindFirstValue("department_id"), CultureInfo.InvariantCulture, out var d) ? d : null,
        user.IsInRole(Role.Admin));
}
