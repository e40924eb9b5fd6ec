using Outreach.EndToEnd.Support;
using static Outreach.EndToEnd.Support.Selectors;

namespace Outreach.EndToEnd;

/// <summary>
/// ML segments, patterns and propensity in Chromium as a marketer: each analysis runs as a background job from its
/// page, the results show with their numbers, and each segment or pattern opens the rule builder as a filter.
/// </summary>
public sealed class SegmentationPagesTests(SegmentationPagesTests.App app) : IClassFixture<SegmentationPagesTests.App>
{
    /// <summary>A demo base large enough for the past campaign to leave outcomes worth learning from.</summary>
    public sealed class App : BrowserApp
    {
        protected override int DemoSubscribers => 3000;
    }

    // The analyses take seconds on this base; a slow shared machine gets a generous bound.
    private static readonly LocatorAssertionsToBeVisibleOptions Finished = new() { Timeout = 120_000 };

    // Run buttons stay disabled until the page's circuit is live; the first one on a cold app can take a while.
    private static readonly PageClickOptions WhenLive = new() { Timeout = 60_000 };

    [Fact]
    public async Task A_marketer_refreshes_ML_segments_reloads_while_it_runs_and_uses_a_segment_as_a_filter()
    {
        var page = await app.SignInAsync("marketer");
        Assert.Equal("segments/clusters", await page.GetAttributeAsync("[data-testid=nav-ml-segments]", "href"));
        await page.GotoLiveAsync("/segments/clusters");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "ML segments" })).ToBeVisibleAsync();
        await page.Locator("[data-testid=clusters-empty]").WaitForAsync();

        await page.ClickAsync("[data-testid=clusters-refresh]", WhenLive);
        // The job lives in the database: a reloaded page finds it and shows how it ends.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=clusters-table]")).ToBeVisibleAsync(Finished);
        await Assertions.Expect(page.Locator("[data-testid=job-done]")).ToBeVisibleAsync();
        Assert.Contains("Davies–Bouldin", await page.InnerTextAsync("[data-testid=clusters-k]"));
        var descriptions = await page.Locator("[data-testid=cluster-description]").AllInnerTextsAsync();
        Assert.True(descriptions.Count >= 2, $"{descriptions.Count} segments");
        Assert.All(descriptions, d => Assert.False(string.IsNullOrWhiteSpace(d)));
        await Screenshots.TakeAsync(page, "ml-segments");

        var size = (await page.Locator("[data-testid=clusters-table] tbody tr").First.Locator("td").Nth(1).InnerTextAsync()).Trim();
        await page.ClickAsync("[data-testid=cluster-1-use]");
        await page.WaitForSelectorAsync("[data-testid=segment-builder]");
        await Assertions.Expect(page.Locator("[data-testid=segment-count]")).ToHaveTextAsync($"{size} subscribers");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Nested_groups_with_not_keep_the_live_count()
    {
        var page = await app.SignInAsync("marketer");
        await page.GotoLiveAsync("/segments");
        // The first count comes from the live circuit: once it shows, clicks reach the page.
        await Assertions.Expect(page.Locator("[data-testid=segment-count]")).ToContainTextAsync("subscriber");
        await page.ClickAsync("[data-testid=condition-0-remove]");
        await page.ClickAsync("[data-testid=segment-add-group]");
        await page.FillAsync(Field("group-0-condition-0-value"), "CUST-00000001");
        await Assertions.Expect(page.Locator("[data-testid=segment-count]")).ToHaveTextAsync("1 subscriber");
        await page.ClickAsync("[data-testid=group-0-not]");
        await Assertions.Expect(page.Locator("[data-testid=segment-count]")).ToHaveTextAsync("2,999 subscribers");
        await Screenshots.TakeAsync(page, "segments-nested");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_marketer_mines_patterns_and_trains_propensity_from_past_outcomes()
    {
        var page = await app.SignInAsync("marketer");
        await page.GotoLiveAsync("/segments/patterns");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Patterns" })).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=patterns-refresh]", WhenLive);
        await Assertions.Expect(page.Locator("[data-testid=patterns-table]")).ToBeVisibleAsync(Finished);
        Assert.Contains("×", await page.Locator("[data-testid=patterns-table] tbody tr").First.InnerTextAsync());
        await Screenshots.TakeAsync(page, "patterns");

        await page.ClickAsync("[data-testid=tab-propensity]");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Propensity" })).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=propensity-train]", WhenLive);
        await Assertions.Expect(page.Locator("[data-testid=propensity-auc]")).ToBeVisibleAsync(Finished);
        Assert.StartsWith("AUC 0.", await page.InnerTextAsync("[data-testid=propensity-auc]"));
        Assert.True(await page.Locator("[data-testid=propensity-features] tr").CountAsync() > 0);
        Assert.Equal(10, await page.Locator("[data-testid=propensity-top] tbody tr").CountAsync());
        await Screenshots.TakeAsync(page, "propensity");

        await page.ClickAsync("[data-testid=tab-patterns]");
        await page.Locator("[data-testid=pattern-use]").First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=segment-builder]");
        await Assertions.Expect(page.Locator("[data-testid=segment-count]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d[\d,]* subscribers?$"));
        await page.Context.CloseAsync();
    }
}
