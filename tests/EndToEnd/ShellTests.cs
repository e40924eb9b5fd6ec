using System.Text.RegularExpressions;
using Outreach.EndToEnd.Support;
using static Outreach.EndToEnd.Support.Selectors;

namespace Outreach.EndToEnd;

/// <summary>The UI shell in Chromium: sign-in, per-role navigation, access rules, subscribers.</summary>
public sealed class ShellTests(BrowserApp app) : IClassFixture<BrowserApp>
{

    [Theory]
    [InlineData("marketer", "subscribers,segments,ml-segments,campaigns,surveys")]
    [InlineData("agent1", "desktop")]
    [InlineData("manager", "dashboard,reports,subscribers")]
    [InlineData("admin", "users,departments,settings")]
    public async Task Each_demo_role_signs_in_and_sees_its_own_navigation(string username, string expected)
    {
        var page = await app.SignInAsync(username);
        var keys = await page.Locator("[data-testid=nav] [data-testid^=nav-]").EvaluateAllAsync<string[]>(
            "els => els.map(e => e.getAttribute('data-testid').substring(4))");
        Assert.Equal(["home", .. expected.Split(',')], keys);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_an_error_and_stays_signed_out()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", "not-the-password");
        await page.ClickAsync("[data-testid=sign-in]");
        Assert.Contains("Unknown username or wrong password", await page.InnerTextAsync("[data-testid=login-error]"));
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Empty_fields_are_named()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/login");
        await page.ClickAsync("[data-testid=sign-in]");
        Assert.Equal("Enter your username.", await page.InnerTextAsync("[data-testid=username-error]"));
        Assert.Equal("Enter your password.", await page.InnerTextAsync("[data-testid=password-error]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_agent_cannot_open_the_marketers_pages()
    {
        var page = await app.SignInAsync("agent2");
        await page.GotoLiveAsync("/subscribers");
        await page.WaitForSelectorAsync("[data-testid=access-denied]");
        Assert.Equal(0, await page.Locator("[data-testid=subscriber-table]").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Signed_out_visitors_are_sent_to_the_login_and_back()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/subscribers");
        Assert.Contains("/login", page.Url);
        await page.FillAsync("#username", "marketer");
        await page.FillAsync("#password", "outreach-demo");
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForSelectorAsync("[data-testid=subscriber-table]");
        Assert.EndsWith("/subscribers", page.Url);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_marketer_searches_pages_and_opens_a_subscriber_card()
    {
        var page = await app.SignInAsync("marketer");
        await page.ClickAsync("[data-testid=nav-subscribers]");
        var firstLink = page.Locator("[data-testid=subscriber-link]").First;
        await firstLink.WaitForAsync();
        Assert.Equal(25, await page.Locator("[data-testid=subscriber-link]").CountAsync());

        var name = (await firstLink.InnerTextAsync()).Trim();
        var lastName = name.Split(' ')[^1];
        await page.FillAsync(Field("subscriber-search"), lastName);
        await page.WaitForFunctionAsync("n => [...document.querySelectorAll('[data-testid=subscriber-link]')].every(a => a.innerText.includes(n))", lastName);

        await page.Locator("[data-testid=subscriber-link]").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=subscriber-card]");
        Assert.Contains(lastName, await page.InnerTextAsync("[data-testid=card-name]"));
        Assert.StartsWith("+1", (await page.InnerTextAsync("[data-testid=card-phone]")).Trim());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "outreach-subscriber-card.png") });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_search_with_no_match_says_so()
    {
        var page = await app.SignInAsync("manager");
        await page.GotoLiveAsync("/subscribers");
        await page.Locator("[data-testid=subscriber-link]").First.WaitForAsync();
        await page.FillAsync(Field("subscriber-search"), "zzqx-nobody");
        await page.WaitForSelectorAsync("[data-testid=no-subscribers]");
        Assert.Contains("No subscriber matches", await page.InnerTextAsync("[data-testid=no-subscribers]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_creates_a_user_in_the_ui_who_can_sign_in()
    {
        var page = await app.SignInAsync("admin");
        await page.ClickAsync("[data-testid=nav-users]");
        await page.FillAsync(Field("user-username"), "agent.ui");
        await page.FillAsync(Field("user-display-name"), "UI Agent");
        await page.FillAsync(Field("user-password"), "password-123");
        await page.ClickAsync(Field("user-role-agent"));
        await page.FillAsync(Field("user-skills"), "en, ES");
        await page.ClickAsync("[data-testid=user-save]");
        await page.WaitForSelectorAsync("[data-testid=user-table] td:has-text('agent.ui')");
        await Assertions.Expect(page.Locator("[data-testid='user-skills-agent.ui']")).ToHaveTextAsync("en, es");
        await page.Context.CloseAsync();

        var agent = await app.SignInAsync("agent.ui", "password-123");
        Assert.Equal(1, await agent.Locator("[data-testid=nav-desktop]").CountAsync());
        await agent.Context.CloseAsync();
    }

    [Fact]
    public async Task Sign_out_returns_to_the_login()
    {
        var page = await app.SignInAsync("manager");
        await page.ClickUntilAtAsync("[data-testid=logout]", new Regex("/login$"));
        await page.GotoAsync("/dashboard");
        Assert.Contains("/login", page.Url);
        await page.Context.CloseAsync();
    }
}
