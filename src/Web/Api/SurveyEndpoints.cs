using System.Globalization;
using Outreach.Campaigns.Surveys;
using Outreach.Surveys.Model;
using Outreach.Surveys.Validation;
using Outreach.Web.Hosting;
using Outreach.Web.Surveys;

namespace Outreach.Web.Api;

/// <summary>/api/surveys: the REST face of the designer, results and self-service links, for marketing roles.</summary>
internal static class SurveyEndpoints
{
    public sealed record LinkRequest(long[]? SubscriberIds, long? CampaignId);

    public sealed record SurveyVersionInfo(int Version, string Status, DateTime? PublishedAt, int? BasedOn);

    public sealed record SurveyDetails(string Id, string Title, IReadOnlyList<SurveyVersionInfo> Versions, IReadOnlyList<string> DraftIssues);

    public static void MapSurveyEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/surveys").RequireAuthorization(AuthServices.MarketingPolicy).WithTags("Surveys");
        g.MapGet("/", (SurveyService s, CancellationToken ct) => s.ListAsync(ct)).WithSummary("All surveys with their latest published and draft versions.");
        g.MapGet("/{id}", GetAsync).WithSummary("A survey's versions and the validation issues of its draft.");
        g.MapPost("/", async (HttpRequest req, SurveyService s, CancellationToken ct) =>
            await ReadBodyAsync(req, ct) is not { } json ? TooLong()
                : ToResult(await s.ImportAsync(json, Actor(req), ct), o => TypedResults.Created($"/api/surveys/{o.SurveyId}", o)))
            .WithSummary("Imports a survey JSON document (outreach.survey/1) as a new survey or the new draft of an existing one.");
        g.MapPut("/{id}/draft", UpdateDraftAsync).WithSummary("Replaces the draft with a JSON document (a published version never changes).");
        g.MapPost("/{id}/publish", async (string id, HttpRequest req, SurveyService s, CancellationToken ct) =>
            ToResult(await s.PublishAsync(id, Actor(req), ct), TypedResults.Ok)).WithSummary("Publishes the draft when it is valid.");
        g.MapGet("/{id}/json", async (string id, string? version, SurveyService s, CancellationToken ct) =>
            !TryVersion(version, out var v) ? ApiProblems.Invalid("version", $"'{version}' is not a version number.")
                : await s.ExportAsync(id, v, ct) is { } json ? TypedResults.Text(json, "application/json")
                : ApiProblems.NotFound($"Survey '{id}'")).WithSummary("Exports a version as JSON (the latest published by default).");
        g.MapGet("/{id}/results", async (string id, HttpRequest req, SurveyResults r, CancellationToken ct) =>
            !TryFilter(id, req, out var f, out var p) ? p!
                : await r.ReportAsync(f!, ct) is { } report ? TypedResults.Ok(report) : ApiProblems.NotFound($"Survey '{id}'"))
            .WithSummary("Per question counts and per path completion; filter by version, campaignId, from, to (yyyy-MM-dd).");
        g.MapGet("/{id}/results.csv", (string id, HttpRequest req, SurveyExport e, CancellationToken ct) =>
            FileAsync(id, req, f => e.CsvAsync(f, ct), "text/csv", "csv")).WithSummary("The answers as CSV.");
        g.MapGet("/{id}/results.xlsx", (string id, HttpRequest req, SurveyExport e, CancellationToken ct) =>
            FileAsync(id, req, f => e.ExcelAsync(f, ct), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"))
            .WithSummary("The answers as an Excel workbook.");
        g.MapPost("/{id}/links", CreateLinksAsync).WithSummary("One-time self-service links /s/{token} for subscribers.");
    }

    private static async Task<IResult> GetAsync(string id, SurveyService s, CancellationToken ct)
    {
        if (await s.ListAsync(ct) is var all && all.FirstOrDefault(x => x.Id == id) is not { } record) return ApiProblems.NotFound($"Survey '{id}'");
        var history = await s.LoadAsync(id, ct);
        var versions = history!.Versions.Select(v => new SurveyVersionInfo(v.Number, SurveyRepository.Published, v.PublishedAt.UtcDateTime, null)).ToList();
        if (history.Draft is { } d) versions.Add(new SurveyVersionInfo(d.Number, SurveyRepository.Draft, null, d.BasedOn));
        var issues = history.Draft is { } draft ? SurveyValidator.Validate(draft.Content).Select(i => i.Message).ToList() : [];
        return TypedResults.Ok(new SurveyDetails(record.Id, record.Title, versions, issues));
    }

    private static async Task<IResult> UpdateDraftAsync(string id, HttpRequest req, SurveyService s, CancellationToken ct)
    {
        if (await ReadBodyAsync(req, ct) is not { } json) return TooLong();
        if (await s.LoadAsync(id, ct) is null) return ApiProblems.NotFound($"Survey '{id}'");
        var imported = Outreach.Surveys.Json.SurveyJson.Import(json);
        if (imported.Survey is { } survey && survey.Id != id)
            return ApiProblems.Invalid("$.id", $"The document is survey '{survey.Id}', not '{id}'.");
        return ToResult(await s.ImportAsync(json, Actor(req), ct), TypedResults.Ok);
    }

    private static async Task<IResult> CreateLinksAsync(string id, LinkRequest? body, HttpRequest req, SurveyLinkService links, CancellationToken ct)
    {
        if (body?.SubscriberIds is not { } ids) return ApiProblems.Invalid("subscriberIds", "Send { \"subscriberIds\": [..], \"campaignId\": null }.");
        var baseUri = new Uri($"{req.Scheme}://{req.Host}{req.PathBase}/");
        var (made, problem) = await links.CreateAsync(id, ids, body.CampaignId, Actor(req), baseUri, ct);
        return problem is null ? TypedResults.Ok(made) : ApiProblems.Invalid(problem.Field, problem.Message);
    }

    private static async Task<IResult> FileAsync(string id, HttpRequest req, Func<ResultsFilter, Task<byte[]>> make, string type, string ext)
    {
        if (!TryFilter(id, req, out var filter, out var problem)) return problem!;
        return TypedResults.File(await make(filter!), type, $"survey-{id}-answers.{ext}");
    }

    private static bool TryFilter(string id, HttpRequest req, out ResultsFilter? filter, out IResult? problem)
    {
        filter = null;
        problem = null;
        var q = req.Query;
        long? campaign = null;
        if (!TryVersion(q["version"], out var version)) problem = ApiProblems.Invalid("version", $"'{q["version"]}' is not a version number.");
        else if (!string.IsNullOrEmpty(q["campaignId"]) && !long.TryParse(q["campaignId"], out _)) problem = ApiProblems.Invalid("campaignId", $"'{q["campaignId"]}' is not a campaign id.");
        else if (!TryDay(q["from"], out var from)) problem = ApiProblems.Invalid("from", $"'{q["from"]}' is not a date (yyyy-MM-dd).");
        else if (!TryDay(q["to"], out var to)) problem = ApiProblems.Invalid("to", $"'{q["to"]}' is not a date (yyyy-MM-dd).");
        else
        {
            if (long.TryParse(q["campaignId"], out var c)) campaign = c;
            filter = new ResultsFilter(id, version, campaign, from, to?.AddDays(1));
        }
        return problem is null;
    }

    private static bool TryVersion(string? text, out int? version)
    {
        version = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return false;
        version = n;
        return true;
    }

    private static bool TryDay(string? text, out DateTimeOffset? day)
    {
        day = null;
        if (string.IsNullOrEmpty(text)) return true;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        day = new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return true;
    }

    // Reads at most the JSON size limit; null when the body is longer.
    private static async Task<string?> ReadBodyAsync(HttpRequest req, CancellationToken ct)
    {
        using var reader = new StreamReader(req.Body);
        var text = new System.Text.StringBuilder();
        var chunk = new char[65_536];
        int read;
        while ((read = await reader.ReadAsync(chunk, ct)) > 0)
        {
            text.Append(chunk, 0, read);
            if (text.Length > SurveyLimits.MaxJsonLength) return null;
        }
        return text.ToString();
    }

    private static IResult TooLong() =>
        ApiProblems.Invalid("body", $"The document is longer than {SurveyLimits.MaxJsonLength:N0} characters.");

    private static string Actor(HttpRequest req) => req.HttpContext.User.Identity!.Name!;

    private static IResult ToResult(SurveyOutcome outcome, Func<SurveyOutcome, IResult> success) =>
        outcome.Succeeded ? success(outcome)
            : ApiProblems.Invalid(outcome.Problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
}
