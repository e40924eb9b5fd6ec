using System.Text.RegularExpressions;

namespace Outreach.EndToEnd.Support;

/// <summary>Picks an item of a MudSelect as a person does: open the list, click the item, wait for the list to close.</summary>
public static class MudSelects
{
    public static async Task ChooseAsync(this IPage page, string selectTestId, string item)
    {
        await page.ClickAsync($"[data-testid={selectTestId}]");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(item)}\\s*$") }).ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }
}
