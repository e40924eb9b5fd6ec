using MudBlazor;
using Outreach.Campaigns.Users;

namespace Outreach.Web.Navigation;

/// <summary>What each role finds in the menu; a user with several roles sees the union, in this order.</summary>
public static class RoleNavigation
{
    private static readonly NavItem Subscribers = new("subscribers", "Subscribers", "subscribers", Icons.Material.Filled.People);

    private static readonly IReadOnlyDictionary<string, NavItem[]> ByRole = new Dictionary<string, NavItem[]>
    {
        [Role.Marketer] =
        [
            Subscribers,
            new("segments", "Segments", "segments", Icons.Material.Filled.Hub),
            new("ml-segments", "ML segments", "segments/clusters", Icons.Material.Filled.BubbleChart),
            new("campaigns", "Campaigns", "campaigns", Icons.Material.Filled.Campaign),
            new("surveys", "Surveys", "surveys", Icons.Material.Filled.Quiz),
        ],
        [Role.Agent] = [new("desktop", "Desktop", "desktop", Icons.Material.Filled.HeadsetMic)],
        [Role.Manager] =
        [
            new("dashboard", "Dashboard", "dashboard", Icons.Material.Filled.Dashboard),
            new("reports", "Reports", "reports", Icons.Material.Filled.Assessment),
            Subscribers,
        ],
        [Role.Admin] =
        [
            new("users", "Users", "admin/users", Icons.Material.Filled.ManageAccounts),
            new("departments", "Departments", "admin/departments", Icons.Material.Filled.Apartment),
            new("settings", "Settings", "admin/settings", Icons.Material.Filled.Settings),
        ],
    };

    public static IReadOnlyList<NavItem> For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet();
        return Role.All.Where(held.Contains).SelectMany(r => ByRole[r]).DistinctBy(i => i.Key).ToList();
    }
}
