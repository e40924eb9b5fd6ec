using System.Text.RegularExpressions;

namespace Outreach.EndToEnd.Support;

/// <summary>Full page loads in the signed-in shell: wait for the live circuit before the first click or keystroke.</summary>
public static class LivePages
{
    /// <summary>The signed-in shell's marker, present once its circuit is live.</summary>
    public const string ShellMarker = "shell-interactive";

    /// <summary>A page's own marker (pages outside the shell, such as the public survey link, have only this one).</summary>
    public const string PageMarker = "interactive";

    /// <summary>Waits until the marker is there: the live circuit has taken over from the prerendered copy.</summary>
    public static Task WaitLiveAsync(this IPage page, string marker = ShellMarker) =>
        page.Locator($"[data-testid={marker}]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Loads <paramref name="url"/> and waits until it is interactive (prerendered copies take no input).</summary>
    public static async Task GotoLiveAsync(this IPage page, string url, string marker = ShellMarker)
    {
        await page.GotoAsync(url);
        await page.WaitLiveAsync(marker);
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
