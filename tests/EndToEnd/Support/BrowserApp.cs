using Microsoft.Playwright;

namespace Outreach.EndToEnd.Support;

/// <summary>The real app on a real port, and Debian's Chromium driven by Playwright, for one test class.</summary>
public class BrowserApp : OutreachApp
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    protected override bool UseKestrel => true;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Browser not started.");

    protected override async Task OnStartedAsync()
    {
        // Expectations wait as long as actions: a loaded CI machine (test projects run in parallel) can take
        // more than Playwright's 5-second default to push a circuit update.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("OUTREACH_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context (its own cookies) with a page on the app.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new() { Width = 1280, Height = 860 } });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Signs in through the login form, as a person would, and waits for the home page.</summary>
    public async Task<IPage> SignInAsync(string username, string password = "outreach-demo")
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", password);
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForSelectorAsync("[data-testid=nav]");
        // Signing in is a full page load: the page is prerendered first and a click before the circuit takes over
        // reaches nothing (the next page's typing would be lost with it).
        await page.WaitLiveAsync();
        return page;
    }

    protected override async Task OnStoppingAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
