using System.Text.RegularExpressions;
using Outreach.EndToEnd.Support;
using static Outreach.EndToEnd.Support.Selectors;

namespace Outreach.EndToEnd;

/// <summary>
/// The wizard as a marketer walks it, from "New campaign" to Schedule: each step refuses bad input with a message
/// next to the field, the draft survives a reload, and the scheduled campaign shows in the list.
/// </summary>
internal static class CampaignWizardFlow
{
    /// <summary>Server-rendered tables and counts arrive over the circuit; on a busy machine that takes longer than Playwright's 5 s default.</summary>
    public static void AllowForLoad() => Assertions.SetDefaultExpectTimeout(15_000);

    private static string? ShotDir => Environment.GetEnvironmentVariable("OUTREACH_SCREENSHOTS");

    /// <param name="holdCampaign">Locks the campaign's row until disposed, so a freeze waits and can be cancelled.</param>
    public static async Task RunAsync(IPage page, string segment, string expectedName, Func<long, Task<IAsyncDisposable>> holdCampaign)
    {
        AllowForLoad();
        try { await WalkAsync(page, segment, expectedName, holdCampaign); }
        catch
        {
            await ShotAsync(page, "failure");
            throw;
        }
    }

    private static async Task WalkAsync(IPage page, string segment, string expectedName, Func<long, Task<IAsyncDisposable>> holdCampaign)
    {
        await page.WaitLiveAsync(LivePages.PageMarker);
        await BasicsAsync(page);
        await TargetListAsync(page, segment, expectedName, holdCampaign);
        await page.ReloadAsync();
        await page.WaitLiveAsync(LivePages.PageMarker);
        await page.Locator("[data-testid=survey-step]").WaitForAsync();
        await page.ClickAsync("[data-testid=wizard-next]");
        await DiallingAsync(page);
        await ScheduleStepAsync(page);
        await MessagesAsync(page, expectedName);
        await ReviewAndScheduleAsync(page);
    }

    private static async Task BasicsAsync(IPage page)
    {
        await page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(page.GetByText("Give the campaign a name.")).ToBeVisibleAsync();
        await page.FillAsync(Field("wizard-name"), "Spring offer");
        await page.FillAsync(Area("wizard-goal"), "Sell the spring bundle to new leads");
        // The first save creates the draft and moves to its own address.
        await page.ClickUntilAtAsync("[data-testid=wizard-next]", new Regex("/campaigns/\\d+/edit$"));
    }

    private static async Task TargetListAsync(IPage page, string segment, string expectedName, Func<long, Task<IAsyncDisposable>> holdCampaign)
    {
        await page.Locator("[data-testid=targeting-step]").WaitForAsync();
        await page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(page.GetByText("Choose the saved segment to target.")).ToBeVisibleAsync();
        await page.ChooseAsync("targeting-segment", segment);
        await Assertions.Expect(page.Locator("[data-testid=targeting-count]")).ToHaveTextAsync("1 subscriber to call");
        await Assertions.Expect(page.Locator("[data-testid=no-scores]")).ToBeVisibleAsync();
        Assert.Contains(expectedName, await page.Locator("[data-testid=targeting-preview]").InnerTextAsync());
        await CancelAFreezeAsync(page, holdCampaign);
        await page.ClickAsync("[data-testid=targeting-freeze]");
        await Assertions.Expect(page.Locator("[data-testid=targeting-frozen]")).ToHaveTextAsync("Contact list frozen: 1 subscriber.");
        await Assertions.Expect(page.Locator("[data-testid=targeting-freeze-error]")).ToHaveCountAsync(0);
        await ShotAsync(page, "wizard-target-list");
        await page.ClickAsync("[data-testid=wizard-next]");
        await page.Locator("[data-testid=survey-step]").WaitForAsync();
    }

    // A freeze that has to wait (here for a row another session holds; in life for a large base) shows its progress
    // and can be cancelled, which leaves no list behind.
    private static async Task CancelAFreezeAsync(IPage page, Func<long, Task<IAsyncDisposable>> holdCampaign)
    {
        var campaign = long.Parse(Regex.Match(page.Url, "/campaigns/(\\d+)/edit").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await using (await holdCampaign(campaign))
        {
            await page.ClickAsync("[data-testid=targeting-freeze]");
            await Assertions.Expect(page.Locator("[data-testid=targeting-freezing]")).ToContainTextAsync("Freezing 1 subscriber into the contact list");
            await page.ClickAsync("[data-testid=targeting-freeze-cancel]");
            await Assertions.Expect(page.Locator("[data-testid=targeting-freeze-error]")).ToHaveTextAsync("Freeze cancelled; no contact list was made.");
        }
        await Assertions.Expect(page.Locator("[data-testid=targeting-frozen]")).ToHaveCountAsync(0);
    }

    private static async Task DiallingAsync(IPage page)
    {
        await page.Locator("[data-testid=dialling-step]").WaitForAsync();
        await page.FillAsync(Field("wizard-caller-id"), "2125550100");
        await page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(page.GetByText("The caller id must be an E.164 number such as +12125550100.")).ToBeVisibleAsync();
        await page.FillAsync(Field("wizard-caller-id"), "+12125550100");
        await page.FillAsync(Field("wizard-wait-goal"), "0.5");
        await ShotAsync(page, "wizard-dialling");
        await page.ClickAsync("[data-testid=wizard-next]");
    }

    private static async Task ScheduleStepAsync(IPage page)
    {
        await page.Locator("[data-testid=schedule-step]").WaitForAsync();
        await page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(page.GetByText("Choose when dialling starts.")).ToBeVisibleAsync();
        // The marketer schedules on New York's clock: what they type is New York time, and it reads back so.
        await page.FillAsync(Field("wizard-zone"), "new york");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "America/New_York" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=wizard-start] label, label[for]").Filter(new() { HasText = "Start (America/New_York)" })).ToHaveCountAsync(1);
        var start = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd'T'10:00");
        await page.FillAsync(Field("wizard-start"), start);
        Assert.Equal("10", await page.InputValueAsync(Field("retry-busy-delay")));
        await ShotAsync(page, "wizard-schedule");
        await page.ClickAsync("[data-testid=wizard-next]");
    }

    private static async Task MessagesAsync(IPage page, string expectedName)
    {
        await page.Locator("[data-testid=messages-step]").WaitForAsync();
        await page.FillAsync(Area("template-body"), "Hello {first_name}, spring is here on your {tarif} plan.");
        await Assertions.Expect(page.Locator("[data-testid=template-preview]")).ToContainTextAsync($"Hello {expectedName}, spring");
        await Assertions.Expect(page.Locator("[data-testid=template-unknown]")).ToContainTextAsync("{tarif}");
        await page.ClickAsync("[data-testid=wizard-next]");
        await Assertions.Expect(page.GetByText("Unknown field {tarif}", new() { Exact = false })).ToBeVisibleAsync();
        await page.FillAsync(Area("template-body"), "Hello {first_name}, spring is here on your {tariff} plan.");
        await Assertions.Expect(page.Locator("[data-testid=template-unknown]")).ToHaveCountAsync(0);
        await ShotAsync(page, "wizard-messages");
        await page.ClickAsync("[data-testid=wizard-next]");
    }

    private static async Task ReviewAndScheduleAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("[data-testid=review-list]")).ToContainTextAsync("Spring leads: 1 subscriber,");
        await Assertions.Expect(page.Locator("[data-testid=review-schedule]")).ToContainTextAsync($"from {DateTime.UtcNow.AddDays(7):yyyy-MM-dd} 10:00 America/New_York");
        await Assertions.Expect(page.GetByText("abandon target 3%, at most 0.5% of answers wait for an agent")).ToBeVisibleAsync();
        await ShotAsync(page, "wizard-review");
        await page.ClickAsync("[data-testid=wizard-schedule]");
        await Assertions.Expect(page.Locator("[data-testid=campaign-scheduled]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=campaign-status]")).ToHaveTextAsync("scheduled");
        await page.ClickAsync("[data-testid=nav-campaigns]");
        var row = page.Locator("[data-testid=campaign-table] tbody tr").Filter(new() { HasText = "Spring offer" });
        await Assertions.Expect(row).ToContainTextAsync("scheduled");
        await Assertions.Expect(row).ToContainTextAsync("10:00 America/New_York");
        await ShotAsync(page, "campaign-list");
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (ShotDir is { Length: > 0 } dir) await page.ScreenshotAsync(new() { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
