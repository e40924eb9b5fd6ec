using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.Extensions.DependencyInjection;
using Outreach.Campaigns.Subscribers;
using Outreach.EndToEnd.Support;
using static Outreach.EndToEnd.Support.Selectors;

namespace Outreach.EndToEnd;

/// <summary>Surveys in Chromium: design, publish, test walk, card, results, export and the self-service link.</summary>
public sealed class SurveyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Imported = """
        { "id": "e2e-csat", "title": "Customer satisfaction", "firstStep": "intro", "steps": [
          { "id": "intro", "type": "say", "text": "Hello", "next": [{ "default": true, "to": "score" }] },
          { "id": "score", "type": "number", "text": "From 1 to 10?", "min": 1, "max": 10,
            "next": [{ "range": [1, 6], "to": "why" }, { "default": true, "to": "comment" }] },
          { "id": "why", "type": "single", "text": "What went wrong?", "options": [{ "id": "price", "label": "Price" }, { "id": "service", "label": "Service" }],
            "next": [{ "default": true, "to": "comment" }] },
          { "id": "comment", "type": "text", "text": "Anything else?", "next": [{ "default": true, "to": "thanks" }] },
          { "id": "thanks", "type": "say", "text": "Thank you!", "end": true } ] }
        """;

    private static async Task ChooseAsync(IPage page, string selectTestId, string item)
    {
        await page.ClickAsync($"[data-testid={selectTestId}]");
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex($"^\\s*{item}\\s*$") }).ClickAsync();
        await page.Locator(".mud-popover-open").WaitForAsync(new() { State = WaitForSelectorState.Detached });
    }

    private async Task<Subscriber[]> SubscribersAsync() =>
        (await app.Services.GetRequiredService<SubscriberRepository>().SearchAsync(null, 1, 2, TestContext.Current.CancellationToken))
        .Items.Select(i => new Subscriber { Id = i.Id, FirstName = i.FirstName, Phone = i.Phone }).ToArray();

    [Fact]
    public async Task A_marketer_designs_publishes_tests_and_reads_results_and_a_subscriber_answers_once_by_link()
    {
        var subscribers = await SubscribersAsync();
        var page = await app.SignInAsync("marketer");
        await DesignAndPublishAsync(page);
        await WalkOnTestPageAsync(page, subscribers[0]);

        await page.GotoAsync($"/subscribers/{subscribers[0].Id}");
        var answers = await page.InnerTextAsync("[data-testid=card-survey-answers]");
        Assert.Contains("<b>great</b>", answers);
        Assert.Matches(@"score\s+9", answers);
        Assert.DoesNotContain("why", answers);

        await page.GotoLiveAsync("/surveys/e2e-csat/results", LivePages.PageMarker);
        Assert.Contains("1 (100%)", await page.InnerTextAsync("[data-testid=question-score]"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-testid=export-xlsx]"));
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".xlsx");
        await download.SaveAsAsync(file);
        using (var book = new XLWorkbook(file))
        {
            var rows = book.Worksheet("Answers").RowsUsed().Skip(1).Select(r => $"{r.Cell(7).GetString()}={r.Cell(8).GetString()}").ToList();
            Assert.Equal(["intro=ack", "score=9", "recommend=yes", "comment=<b>great</b>", "thanks=ack"], rows);
        }
        File.Delete(file);

        await AnswerByLinkAsync(page, subscribers[1]);
        await page.Context.CloseAsync();
    }

    private static async Task DesignAndPublishAsync(IPage page)
    {
        await page.GotoLiveAsync("/surveys", LivePages.PageMarker);
        await page.FillAsync(Area("import-json"), Imported);
        await page.ClickAsync("[data-testid=import-button]");
        await page.WaitForSelectorAsync("[data-testid=step-list]");

        await page.ClickAsync("[data-testid=step-item-intro]");
        await page.FillAsync(Area("step-text"), "Hello {FirstName}, a short survey");
        await page.FillAsync(Field("new-step-id"), "recommend");
        await ChooseAsync(page, "new-step-kind", "YesNo");
        await page.ClickAsync("[data-testid=add-step]");
        await Assertions.Expect(page.Locator("[data-testid=step-heading]")).ToHaveTextAsync("Step recommend");
        await page.FillAsync(Area("step-text"), "Would you recommend us?");

        await page.ClickAsync("[data-testid=step-item-score]");
        await Assertions.Expect(page.Locator("[data-testid=step-heading]")).ToHaveTextAsync("Step score");
        await page.ClickAsync("[data-testid=add-transition]");
        await page.FillAsync(Field("transition-2-min"), "7");
        await page.FillAsync(Field("transition-2-max"), "10");
        await ChooseAsync(page, "transition-2-target", "recommend");
        var issues = page.Locator("[data-testid=validation-issue]");
        await Assertions.Expect(issues.Filter(new() { HasText = "Step 'recommend' has no transitions and is not an end step" })).ToHaveCountAsync(1);

        await page.ClickAsync("[data-testid=step-item-recommend]");
        await Assertions.Expect(page.Locator("[data-testid=step-heading]")).ToHaveTextAsync("Step recommend");
        await page.ClickAsync("[data-testid=add-transition]");
        await ChooseAsync(page, "transition-0-target", "comment");
        await page.WaitForSelectorAsync("[data-testid=validation-ok]");
        Assert.Equal(6, await page.Locator("[data-testid=survey-graph] g[data-testid^=graph-node-]").CountAsync());
        await page.ClickAsync("[data-testid=publish]");
        await Assertions.Expect(page.Locator("[data-testid=designer-message]")).ToHaveTextAsync("Version 1 published.");
    }

    private static async Task WalkOnTestPageAsync(IPage page, Subscriber subscriber)
    {
        await page.GotoLiveAsync($"/surveys/e2e-csat/test?subscriber={subscriber.Id}", LivePages.PageMarker);
        var runner = page.Locator("[data-testid=survey-runner]");
        await Assertions.Expect(page.Locator("[data-testid=runner-text]")).ToHaveTextAsync($"Hello {subscriber.FirstName}, a short survey");
        await page.NextStepAsync("From 1 to 10?");
        await page.FillAsync(Field("answer-input"), "3");
        await page.NextStepAsync("What went wrong?");
        await runner.GetByText("Price", new() { Exact = true }).ClickAsync();
        await page.NextStepAsync("Anything else?");

        await page.ClickAsync("[data-testid=runner-back]");
        await Assertions.Expect(page.Locator("[data-testid=runner-text]")).ToHaveTextAsync("What went wrong?");
        await page.ClickAsync("[data-testid=runner-back]");
        await page.FillAsync(Field("answer-input"), "9");
        await page.NextStepAsync("Would you recommend us?");
        Assert.Equal(0, await page.Locator("[data-testid=runner-answer-why]").CountAsync());
        await runner.GetByText("Yes", new() { Exact = true }).ClickAsync();
        // As a person would, see the choice taken before going on (the circuit may still be re-rendering).
        await Assertions.Expect(runner.GetByRole(AriaRole.Radio, new() { Name = "Yes", Exact = true })).ToBeCheckedAsync();
        await page.NextStepAsync("Anything else?");
        await page.FillAsync(Area("answer-input"), "<b>great</b>");
        await page.NextStepAsync("Thank you!");
        await page.ClickAsync("[data-testid=runner-finish]");
        await Assertions.Expect(page.Locator("[data-testid=runner-status]")).ToContainTextAsync("Survey finished");
    }

    private async Task AnswerByLinkAsync(IPage marketer, Subscriber subscriber)
    {
        await marketer.GotoLiveAsync("/surveys/e2e-csat", LivePages.PageMarker);
        await marketer.FillAsync(Field("link-subscribers"), subscriber.Id.ToString());
        await marketer.ClickAsync("[data-testid=create-links]");
        var url = await marketer.InnerTextAsync("[data-testid=link-url]");

        var visitor = await app.NewPageAsync();
        await visitor.GotoLiveAsync(url, LivePages.PageMarker);
        await Assertions.Expect(visitor.Locator("[data-testid=runner-text]")).ToContainTextAsync(subscriber.FirstName);
        await visitor.NextStepAsync("From 1 to 10?");
        await visitor.FillAsync(Field("answer-input"), "2");
        await visitor.NextStepAsync("What went wrong?");
        await visitor.Locator("[data-testid=survey-runner]").GetByText("Service", new() { Exact = true }).ClickAsync();
        await visitor.NextStepAsync("Anything else?");
        await visitor.FillAsync(Area("answer-input"), "Too slow");
        await visitor.NextStepAsync("Thank you!");
        await visitor.ClickAsync("[data-testid=runner-finish]");
        await Assertions.Expect(visitor.Locator("[data-testid=runner-status]")).ToContainTextAsync("Survey finished");

        await visitor.GotoLiveAsync(url, LivePages.PageMarker);
        await Assertions.Expect(visitor.Locator("[data-testid=link-refused]")).ToContainTextAsync("not valid or has already been used");
        await visitor.GotoLiveAsync("/s/forged-token-forged-token", LivePages.PageMarker);
        await Assertions.Expect(visitor.Locator("[data-testid=link-refused]")).ToContainTextAsync("not valid or has already been used");
        await visitor.Context.CloseAsync();
    }

    [Fact]
    public async Task Importing_bad_survey_json_in_the_ui_shows_clear_errors()
    {
        var page = await app.SignInAsync("marketer");
        await page.GotoLiveAsync("/surveys", LivePages.PageMarker);
        await page.FillAsync(Area("import-json"), """{ "id": "bad", "title": "T", "firstStep": "a", "steps": [{ "id": "a", "type": "slider", "end": true }] }""");
        // The text area binds on change: on a loaded machine a click can reach the circuit before the text does,
        // and a person would simply press Import again. The errors must then be the document's.
        var errors = page.Locator("[data-testid=import-errors]");
        const string sliderError = "$.steps[0].type: unknown step type \"slider\"";
        for (var attempt = 1; ; attempt++)
        {
            await page.ClickAsync("[data-testid=import-button]");
            if (attempt == 3)
            {
                await Assertions.Expect(errors).ToContainTextAsync(sliderError);
                break;
            }
            try { await Assertions.Expect(errors).ToContainTextAsync(sliderError, new() { Timeout = 8_000 }); break; }
            catch (PlaywrightException) { }
        }

        var steps = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"id":"s{{i}}","type":"say","end":true}"""));
        await page.SetInputFilesAsync("input[type=file]", new FilePayload
        {
            Name = "big.json", MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes($$"""{"id":"big","title":"Big","firstStep":"s0","steps":[{{steps}}]}"""),
        });
        await Assertions.Expect(page.Locator("[data-testid=import-errors]")).ToContainTextAsync("10,000 steps exceed the limit of 2,000 steps per survey");
        await page.Context.CloseAsync();
    }
}
