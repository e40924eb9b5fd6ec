using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Outreach.Campaigns.Subscribers;
using Outreach.Web.Surveys;
using Outreach.Web.Tests.Support;

namespace Outreach.Web.Tests;

public sealed class SurveyApiTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Survey(string id, string recommendNext = """[{ "default": true, "to": "comment" }]""") => $$"""
        { "format": "outreach.survey/1", "id": "{{id}}", "title": "Satisfaction {{id}}", "firstStep": "intro",
          "steps": [
            { "id": "intro", "type": "say", "text": "Hello {FirstName}", "next": [{ "default": true, "to": "score" }] },
            { "id": "score", "type": "number", "text": "Score?", "min": 1, "max": 10,
              "next": [{ "range": [1, 6], "to": "why" }, { "range": [7, 10], "to": "recommend" }] },
            { "id": "why", "type": "single", "text": "Why?", "options": [{ "id": "price", "label": "Price" }, { "id": "service", "label": "Service" }],
              "next": [{ "default": true, "to": "comment" }] },
            { "id": "recommend", "type": "yesno", "text": "Recommend us?", "next": {{recommendNext}} },
            { "id": "comment", "type": "text", "text": "Anything else?", "next": [{ "default": true, "to": "thanks" }] },
            { "id": "thanks", "type": "say", "text": "Thank you!", "end": true } ] }
        """;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<HttpClient> ImportedAsync(string id, bool publish = true)
    {
        var client = await app.SignedInAsync("marketer");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/surveys", Json(Survey(id)), Ct)).StatusCode);
        if (publish) Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/surveys/{id}/publish", null, Ct)).StatusCode);
        return client;
    }

    private async Task<(SurveyRuntimeService, SurveyWalk)> AgentWalkPastIntroAsync(string surveyId)
    {
        var runtime = app.Services.GetRequiredService<SurveyRuntimeService>();
        var walk = (await runtime.StartAsync(surveyId, null, null, null, SurveyRuntimeService.AgentChannel, Ct))!;
        Assert.Null(await runtime.AnswerAsync(walk, "intro", "ack", Ct));
        return (runtime, walk);
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors");
    }

    [Fact]
    public async Task Imported_survey_is_published_listed_and_exported_unchanged()
    {
        var client = await ImportedAsync("api-roundtrip");
        var list = await client.GetFromJsonAsync<JsonElement>("/api/surveys", Ct);
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("id").GetString() == "api-roundtrip" && s.GetProperty("latestPublished").GetInt32() == 1);
        var exported = await client.GetStringAsync("/api/surveys/api-roundtrip/json", Ct);
        Assert.Equal(Outreach.Surveys.Json.SurveyJson.Export(Outreach.Surveys.Json.SurveyJson.Import(Survey("api-roundtrip")).Survey!), exported);
    }

    [Fact]
    public async Task Editing_a_published_survey_makes_a_new_draft_and_keeps_version_1()
    {
        var client = await ImportedAsync("api-versions");
        var edited = Survey("api-versions").Replace("Score?", "Your score?");
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsync("/api/surveys/api-versions/draft", Json(edited), Ct)).StatusCode);
        var details = await client.GetFromJsonAsync<JsonElement>("/api/surveys/api-versions", Ct);
        Assert.Equal(["1:published", "2:draft"], details.GetProperty("versions").EnumerateArray()
            .Select(v => $"{v.GetProperty("version").GetInt32()}:{v.GetProperty("status").GetString()}"));
        Assert.Contains("\"Score?\"", await client.GetStringAsync("/api/surveys/api-versions/json?version=1", Ct));
        Assert.Contains("Your score?", await client.GetStringAsync("/api/surveys/api-versions/json?version=2", Ct));
    }

    [Theory]
    [InlineData("""{ "id": "x", "title": "T", "firstStep": "a", "steps": [{ "id": "a", "type": "slider", "end": true }] }""", "$.steps[0].type", "unknown step type")]
    [InlineData("""{ "id": "x", "title": "T", "firstStep": "a", "steps": [{ "type": "say", "end": true }] }""", "$.steps[0].id", "required")]
    [InlineData("not json", "$", "")]
    [InlineData("""{ "id": "no spaces please", "title": "T", "firstStep": "a", "steps": [{ "id": "a", "type": "say", "end": true }] }""", "$.id", "letters, digits")]
    public async Task Bad_survey_json_is_a_validation_problem_naming_the_place(string body, string fieldStart, string reason)
    {
        var client = await app.SignedInAsync("marketer");
        var errors = await ErrorsAsync(await client.PostAsync("/api/surveys", Json(body), Ct));
        var field = errors.EnumerateObject().First(e => e.Name.StartsWith(fieldStart, StringComparison.Ordinal));
        Assert.Contains(reason, field.Value[0].GetString());
    }

    [Fact]
    public async Task Ten_thousand_steps_are_refused_with_the_limit()
    {
        var steps = string.Join(",", Enumerable.Range(0, 10_000).Select(i => $$"""{"id":"s{{i}}","type":"say","end":true}"""));
        var client = await app.SignedInAsync("marketer");
        var errors = await ErrorsAsync(await client.PostAsync("/api/surveys", Json($$"""{"id":"big","title":"Big","firstStep":"s0","steps":[{{steps}}]}"""), Ct));
        Assert.Contains("10,000 steps exceed the limit of 2,000", errors.GetProperty("$.steps")[0].GetString());
    }

    [Fact]
    public async Task Publishing_a_survey_with_a_dead_end_is_refused_with_the_reason()
    {
        var client = await app.SignedInAsync("marketer");
        await client.PostAsync("/api/surveys", Json(Survey("api-dead", "[]")), Ct);
        var errors = await ErrorsAsync(await client.PostAsync("/api/surveys/api-dead/publish", null, Ct));
        Assert.Contains("has no transitions and is not an end step", errors.GetProperty("recommend")[0].GetString());
    }

    [Fact]
    public async Task A_link_is_answered_once_then_refused_and_results_count_it()
    {
        var client = await ImportedAsync("api-links");
        var subscriber = (await app.Services.GetRequiredService<SubscriberRepository>().SearchAsync(null, 1, 1, Ct)).Items[0].Id;
        var response = await client.PostAsJsonAsync("/api/surveys/api-links/links", new { subscriberIds = new[] { subscriber } }, Ct);
        var url = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct))[0].GetProperty("url").GetString()!;
        var token = url[(url.LastIndexOf('/') + 1)..];

        var links = app.Services.GetRequiredService<SurveyLinkService>();
        var runtime = app.Services.GetRequiredService<SurveyRuntimeService>();
        var walk = (await links.OpenAsync(token, Ct)).Walk!;
        foreach (var (step, value) in new[] { ("intro", "ack"), ("score", "9"), ("recommend", "yes"), ("comment", "<script>alert(1)</script>") })
            Assert.Null(await runtime.AnswerAsync(walk, step, value, Ct));
        Assert.Null(await links.FinishAsync(token, walk, Ct));

        Assert.Equal(SurveyLinkService.Refused, (await links.OpenAsync(token, Ct)).Refusal);
        Assert.Equal(SurveyLinkService.Refused, (await links.OpenAsync("AAAAAAAAAAAAAAAAAAAAAA", Ct)).Refusal);
        var report = await client.GetFromJsonAsync<JsonElement>("/api/surveys/api-links/results", Ct);
        var score = report.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("stepId").GetString() == "score");
        Assert.Equal(1, score.GetProperty("values")[0].GetProperty("count").GetInt64());
        var card = await client.GetStringAsync($"/subscribers/{subscriber}", Ct);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", card);
        Assert.DoesNotContain("<script>alert(1)", card);
    }

    [Fact]
    public async Task Excel_export_opens_with_one_row_per_answer()
    {
        var client = await ImportedAsync("api-excel");
        var (runtime, walk) = await AgentWalkPastIntroAsync("api-excel");
        Assert.NotNull(await runtime.AnswerAsync(walk, "score", "=1+1", Ct));
        Assert.Null(await runtime.AnswerAsync(walk, "score", "3", Ct));

        var bytes = await client.GetByteArrayAsync("/api/surveys/api-excel/results.xlsx", Ct);
        using var book = new XLWorkbook(new MemoryStream(bytes));
        var rows = book.Worksheet("Answers").RowsUsed().Skip(1).Select(r => (r.Cell(7).GetString(), r.Cell(8).GetString())).ToList();
        Assert.Equal([("intro", "ack"), ("score", "3")], rows);
        Assert.Contains("score,3", await client.GetStringAsync("/api/surveys/api-excel/results.csv", Ct));
    }

    [Fact]
    public async Task A_dropped_walk_resumes_with_its_answers_and_a_cancelled_one_counts_as_drop_off()
    {
        var client = await ImportedAsync("api-resume");
        var (runtime, walk) = await AgentWalkPastIntroAsync("api-resume");
        Assert.Null(await runtime.AnswerAsync(walk, "score", "4", Ct));

        var resumed = (await runtime.ResumeAsync(walk.SessionId, Ct))!;
        Assert.Equal("why", resumed.Navigator.CurrentStep.Id);
        Assert.Null(await runtime.CancelAsync(resumed, Ct));

        var report = await client.GetFromJsonAsync<JsonElement>("/api/surveys/api-resume/results", Ct);
        var path = report.GetProperty("paths")[0];
        Assert.Equal(("intro > score", 1, 0), (path.GetProperty("path").GetString(), path.GetProperty("cancelled").GetInt64(), path.GetProperty("completed").GetInt64()));
    }

    [Theory]
    [InlineData("/api/surveys/nope/results", HttpStatusCode.NotFound)]
    [InlineData("/api/surveys/nope/json", HttpStatusCode.NotFound)]
    [InlineData("/api/surveys/nope/results?from=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/surveys/nope/results?version=-1", HttpStatusCode.BadRequest)]
    public async Task Unknown_surveys_and_bad_filters_get_problem_details(string url, HttpStatusCode expected)
    {
        var client = await app.SignedInAsync("marketer");
        var response = await client.GetAsync(url, Ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("""{ "subscriberIds": [999999999] }""", "subscriberIds")]
    [InlineData("""{ "subscriberIds": [] }""", "subscriberIds")]
    [InlineData("""{ "subscriberIds": [1], "campaignId": 999999999 }""", "campaignId")]
    public async Task Links_for_unknown_subscribers_or_campaigns_are_refused(string body, string field)
    {
        var client = await app.SignedInAsync("marketer");
        await client.PostAsync("/api/surveys", Json(Survey("api-badlinks")), Ct);
        await client.PostAsync("/api/surveys/api-badlinks/publish", null, Ct);
        var errors = await ErrorsAsync(await client.PostAsync("/api/surveys/api-badlinks/links", Json(body), Ct));
        Assert.True(errors.TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Agents_cannot_use_the_survey_api()
    {
        var client = await app.SignedInAsync("agent1");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/surveys", Ct)).StatusCode);
    }
}
