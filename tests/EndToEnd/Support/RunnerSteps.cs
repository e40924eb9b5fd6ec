namespace Outreach.EndToEnd.Support;

/// <summary>Walking a survey runner (self-service page, test page, agent desktop) as a person would.</summary>
public static class RunnerSteps
{
    /// <summary>
    /// Presses Next and, when <paramref name="expectedText"/> is given, waits for that step. On a loaded machine a
    /// click can land while the circuit re-renders the button and be lost; a person whose page did not move (and
    /// shows no error) presses Next again. An error or a wrong step still fails.
    /// </summary>
    public static async Task NextStepAsync(this IPage page, string? expectedText = null)
    {
        var text = page.Locator("[data-testid=runner-text]");
        var before = await text.InnerTextAsync();
        await page.ClickAsync("[data-testid=runner-next]");
        if (expectedText is null) return;
        for (var press = 0; press < 3; press++)
        {
            if (await ReachesAsync(text, expectedText)) return;
            if (await text.InnerTextAsync() != before || await page.Locator("[data-testid=runner-error]").CountAsync() > 0) break;
            await page.ClickAsync("[data-testid=runner-next]");
        }
        await Assertions.Expect(text).ToHaveTextAsync(expectedText);
    }

    private static async Task<bool> ReachesAsync(ILocator text, string expected)
    {
        try
        {
            await Assertions.Expect(text).ToHaveTextAsync(expected, new() { Timeout = 8_000 });
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }
}
