using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Outreach.Campaigns.Targeting;
using Outreach.Segmentation.Rules;
using Outreach.Web.Targeting;
using Outreach.EndToEnd.Support;
using static Outreach.EndToEnd.Support.Selectors;

namespace Outreach.EndToEnd;

/// <summary>
/// Targeting in Chromium as a marketer: import a file with mistakes, build a rule segment with a live count, then a
/// targeting list and a campaign through the wizard, and schedule it.
/// </summary>
public sealed class TargetingTests(BrowserApp app) : IClassFixture<BrowserApp>
{

    private const string Csv = """
        external_id,first_name,last_name,phone,birth_date
        E2E-1,Ярослава,Коваленко,(917) 555-0141,1991-03-04
        E2E-2,Bad,Phone,12345,1991-03-04
        E2E-3,Bad,Date,9175550143,1991-13-01
        E2E-4,Good,Row,+1 917 555 0144,
        """;

    // The input appears with the live circuit, but its change listener is attached a moment later
    // (InputFile's script): a file chosen in between is not seen, so choose it again until the page reacts.
    private static async Task ChooseFileAsync(IPage page)
    {
        var file = new FilePayload { Name = "spring-leads.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv) };
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(file);
            try
            {
                await page.WaitForSelectorAsync("[data-testid=import-mapping]", new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 4)
            {
            }
        }
    }

    [Fact]
    public async Task A_marketer_imports_a_file_builds_a_segment_and_schedules_a_campaign_on_it()
    {
        var page = await app.SignInAsync("marketer");
        await page.GotoLiveAsync("/subscribers");
        await page.ClickAsync("[data-testid=subscriber-import]");
        await page.WaitForSelectorAsync("[data-testid=import-kind]");
        // The file input exists once the page is interactive, not in the prerendered HTML.
        await page.Locator("input[type=file]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await ChooseFileAsync(page);
        await page.ClickAsync("[data-testid=import-start]");
        var counts = await page.Locator("[data-testid=import-counts]").InnerTextAsync();
        Assert.Contains("4 rows read: 2 new", counts);
        Assert.Contains("2 rejected", counts);
        var errors = await page.Locator("[data-testid=import-errors] tbody tr").AllInnerTextsAsync();
        Assert.Equal(2, errors.Count);
        Assert.Contains("not a valid phone number", errors[0]);
        Assert.Contains("not a date", errors[1]);
        Assert.StartsWith("data:text/csv", await page.GetAttributeAsync("[data-testid=import-errors-download]", "href"));

        await page.ClickAsync("[data-testid=nav-segments]");
        await page.WaitForSelectorAsync("[data-testid=segment-builder]");
        await page.FillAsync(Field("condition-0-value"), "E2E-1");
        await Assertions.Expect(page.Locator("[data-testid=segment-count]")).ToHaveTextAsync("1 subscriber");
        Assert.Contains("Ярослава", await page.Locator("[data-testid=segment-sample]").InnerTextAsync());
        await page.FillAsync(Field("segment-name"), "Spring leads");
        await page.ClickAsync("[data-testid=segment-save]");
        await Assertions.Expect(page.Locator("[data-testid=segment-saved]")).ToContainTextAsync("Spring leads");

        await page.ClickAsync("[data-testid=nav-campaigns]");
        await page.ClickAsync("[data-testid=campaign-new]");
        await CampaignWizardFlow.RunAsync(page, "Spring leads", "Ярослава", id => RowLock.CampaignAsync(app.Services, id));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_marketer_opens_a_saved_segment_renames_it_and_deletes_it()
    {
        var ct = TestContext.Current.CancellationToken;
        var repository = app.Services.GetRequiredService<SegmentRepository>();
        var name = "Smart " + Guid.NewGuid().ToString("N")[..6];
        var created = await app.Services.GetRequiredService<SegmentService>()
            .CreateAsync(name, RuleGroup.AllOf(RuleCondition.Of("tariff", "=", "Smart")), "test", ct);
        var id = created.Id!.Value;

        var page = await app.SignInAsync("marketer");
        await page.GotoLiveAsync("/segments");
        await page.ClickAsync($"[data-testid=saved-segment-{id}]");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Segment “{name}”" })).ToBeVisibleAsync();
        Assert.Equal(name, await page.InputValueAsync(Field("segment-name")));

        await page.FillAsync(Field("segment-name"), name + " v2");
        await page.ClickAsync("[data-testid=segment-save]");
        await Assertions.Expect(page.Locator("[data-testid=segment-saved]")).ToHaveTextAsync($"Saved “{name} v2”.");
        Assert.Equal(name + " v2", (await repository.GetAsync(id, ct))!.Name);

        await page.ClickAsync("[data-testid=segment-delete]");
        await Assertions.Expect(page.Locator("[data-testid=segment-delete]")).ToHaveTextAsync($"Really delete “{name} v2”?");
        await page.ClickAsync("[data-testid=segment-delete]");
        await Assertions.Expect(page.Locator("[data-testid=segment-deleted]")).ToHaveTextAsync($"Deleted “{name} v2”.");
        Assert.Null(await repository.GetAsync(id, ct));
        await page.Context.CloseAsync();
    }
}
