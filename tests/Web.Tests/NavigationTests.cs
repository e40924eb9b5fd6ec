using Outreach.Web.Navigation;

namespace Outreach.Web.Tests;

public sealed class NavigationTests
{
    [Theory]
    [InlineData("marketer", "subscribers,segments,ml-segments,campaigns,surveys")]
    [InlineData("agent", "desktop")]
    [InlineData("manager", "dashboard,reports,subscribers")]
    [InlineData("admin", "users,departments,settings")]
    public void Each_role_has_its_own_menu(string role, string expected) =>
        Assert.Equal(expected.Split(','), RoleNavigation.For([role]).Select(i => i.Key));

    [Fact]
    public void Several_roles_see_the_union_once() =>
        Assert.Equal(["subscribers", "segments", "ml-segments", "campaigns", "surveys", "dashboard", "reports"],
            RoleNavigation.For(["manager", "marketer"]).Select(i => i.Key));

    [Fact]
    public void No_role_no_menu() => Assert.Empty(RoleNavigation.For([]));
}
