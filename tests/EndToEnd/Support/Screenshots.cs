namespace Outreach.EndToEnd.Support;

/// <summary>Saves a page's picture when OUTREACH_SCREENSHOTS names a folder, for a person to look at; otherwise nothing.</summary>
public static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OUTREACH_SCREENSHOTS") is not { Length: > 0 } folder)
            return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
