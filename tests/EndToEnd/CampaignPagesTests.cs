using Microsoft.Extensions.DependencyInjection;
using System.Text.RegularExpressions;
using Outreach.Campaigns.Users;
using Outreach.EndToEnd.Support;
using Outreach.Web.Administration;
using static Outreach.EndToEnd.Support.Selectors;

namespace Outreach.EndToEnd;

/// <summary>The campaigns pages for a marketer of a new department: the empty list, a draft, and deleting it after a confirmation.</summary>
public sealed class CampaignPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    static CampaignPagesTests() => CampaignWizardFlow.AllowForLoad();

    [Fact]
    public async Task A_new_department_starts_empty_keeps_a_draft_and_deletes_it_only_when_confirmed()
    {
        var admin = app.Services.GetRequiredService<UserAdministration>();
        var department = (await admin.CreateDepartmentAsync("test", "Field sales", Ct)).Value!;
        Assert.True((await admin.CreateUserAsync("test", new NewUser("fieldmarketer", "Fay Field", "outreach-demo", department.Id, [Role.Marketer]), Ct)).Succeeded);
        var page = await app.SignInAsync("fieldmarketer");

        await page.GotoLiveAsync("/campaigns");
        await Assertions.Expect(page.Locator("[data-testid=no-campaigns]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=campaign-new]");
        await page.WaitLiveAsync(LivePages.PageMarker);
        await page.FillAsync(Field("wizard-name"), "Door to door follow-up");
        await page.FillAsync(Area("wizard-goal"), "Call the people we visited");
        await page.ClickAsync("[data-testid=wizard-next]");
        await page.WaitForURLAsync(new Regex("/campaigns/\\d+/edit$"));
        await page.Locator("[data-testid=no-segments]").WaitForAsync();

        await page.ClickAsync("[data-testid=nav-campaigns]");
        await page.ClickAsync("[data-testid=campaign-link]");
        await Assertions.Expect(page.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("draft");
        Assert.Contains("Field sales", await page.Locator("[data-testid=campaign-review]").InnerTextAsync());
        await page.ClickAsync("[data-testid=campaign-delete]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Keep it" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=campaign-name]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=campaign-delete]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=no-campaigns]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
