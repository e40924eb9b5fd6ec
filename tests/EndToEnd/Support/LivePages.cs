using System.Text.RegularExpressions;

namespace Outreach.EndToEnd.Support;

/// <summary>Full page loads in the signed-in shell: wait for the live circuit before the first click or keystroke.</summary>
public static class LivePages
{
    /// <summary>Loads <paramref name="url"/> and waits until the shell is interactive (prerendered copies take no input).</summary>
    public static async Task GotoLiveAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-testid=shell-interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
    }

    /// <summary>
    /// Clicks until the address matches: on a loaded machine a press can land while the circuit re-renders the button
    /// and be lost; a person still on the same page presses again (at most three times, then the wait fails).
    /// </summary>
    public static async Task ClickUntilAtAsync(this IPage page, string selector, Regex address)
    {
        for (var press = 0; press < 3 && !address.IsMatch(page.Url); press++)
        {
            await page.ClickAsync(selector);
            try { await page.WaitForURLAsync(address, new() { Timeout = 8_000 }); }
            catch (TimeoutException) { }
        }
        await page.WaitForURLAsync(address);
    }
}
