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
}
