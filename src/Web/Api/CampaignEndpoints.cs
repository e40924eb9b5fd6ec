using Outreach.Campaigns.Targeting;
using Outreach.Web.CampaignSetup;
using Outreach.Web.Hosting;

namespace Outreach.Web.Api;

/// <summary>/api/campaigns: the campaign wizard's REST face (C1, C2, T5) for marketing roles, scoped to the caller's department.</summary>
internal static class CampaignEndpoints
{
    /// <summary>How to build the contact list: the saved segment, exclusions and order (T5).</summary>
    public sealed record ContactListRequest(long? SegmentId, int? RecentContactDays, string? PropensityType, int? Priority)
    {
        public ListOrder Order => new(RecentContactDays ?? 30, PropensityType, Priority ?? 50);
    }

    public sealed record Created(long Id);

    public static void MapCampaignEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/campaigns").RequireAuthorization(AuthServices.MarketingPolicy).WithTags("Campaigns");
        g.MapGet("/", ListAsync).WithSummary("The campaigns of your department, newest first, a page at a time (page, pageSize).");
        g.MapGet("/{id:long}", async (long id, HttpContext http, CampaignService s, CancellationToken ct) =>
            await s.GetAsync(id, Actor(http), ct) is { } view ? TypedResults.Ok(view) : NotFound(id))
            .WithSummary("A campaign: its settings, status and contact list.");
        g.MapPost("/", async (CampaignForm? form, HttpContext http, CampaignService s, CancellationToken ct) =>
            form is null ? NoBody() : ToResult(await s.CreateAsync(form, Actor(http), ct), 0, r => TypedResults.Created($"/api/campaigns/{r.Id}", new Created(r.Id!.Value))))
            .WithSummary("Creates a draft; blank fields may be filled later, wrong ones are refused naming the field.");
        g.MapPut("/{id:long}", async (long id, CampaignForm? form, HttpContext http, CampaignService s, CancellationToken ct) =>
            form is null ? NoBody() : ToResult(await s.SaveAsync(id, form, Actor(http), ct), id, _ => TypedResults.NoContent()))
            .WithSummary("Replaces a draft's settings (a campaign past draft is not edited: 409).");
        g.MapDelete("/{id:long}", async (long id, HttpContext http, CampaignService s, CancellationToken ct) =>
            ToResult(await s.DeleteAsync(id, Actor(http), ct), id, _ => TypedResults.NoContent())).WithSummary("Deletes a draft.");
        g.MapGet("/{id:long}/contact-list/preview", PreviewAsync)
            .WithSummary("The targeting list's size and first rows in dialling order for segmentId, recentContactDays, propensityType, priority.");
        g.MapPost("/{id:long}/contact-list", FreezeAsync).WithSummary("Freezes the targeting list into the draft's contact list (replacing an earlier one).");
        g.MapPost("/{id:long}/schedule", async (long id, HttpContext http, CampaignService s, CancellationToken ct) =>
            ToResult(await s.ScheduleAsync(id, Actor(http), ct), id, _ => TypedResults.Ok(new { id, status = "scheduled" })))
            .WithSummary("Draft → scheduled when every step is complete; otherwise 400 naming each field.");
    }

    private static async Task<IResult> ListAsync(string? page, string? pageSize, HttpContext http, CampaignService s, CancellationToken ct)
    {
        if (!ApiProblems.TryParsePositive(page, 1, 1_000_000, "page", out var number, out var problem)) return problem!;
        if (!ApiProblems.TryParsePositive(pageSize, 25, CampaignService.MaxPageSize, "pageSize", out var size, out problem)) return problem!;
        return TypedResults.Ok(await s.ListAsync(Actor(http), number, size, ct));
    }

    private static async Task<IResult> PreviewAsync(long id, long? segmentId, int? recentContactDays, string? propensityType, int? priority,
        HttpContext http, CampaignService s, CampaignTargeting t, CancellationToken ct)
    {
        if (await s.GetAsync(id, Actor(http), ct) is null) return NotFound(id);
        if (segmentId is not { } segment) return ApiProblems.Invalid("segmentId", "Name the saved segment to preview.");
        var preview = await t.PreviewAsync(id, segment, new ContactListRequest(segment, recentContactDays, propensityType, priority).Order, ct);
        return preview.Errors.Count > 0 ? ApiProblems.Invalid("segmentId", string.Join(" ", preview.Errors)) : TypedResults.Ok(preview);
    }

    private static async Task<IResult> FreezeAsync(long id, ContactListRequest? body, HttpContext http, CampaignService s, CampaignTargeting t, CancellationToken ct)
    {
        if (await s.GetAsync(id, Actor(http), ct) is not { } view) return NotFound(id);
        if (!view.IsDraft) return NotDraft(id);
        if (body?.SegmentId is not { } segment) return ApiProblems.Invalid("segmentId", "Send { \"segmentId\": 1, \"recentContactDays\": 30, \"propensityType\": null, \"priority\": 50 }.");
        var (list, error) = await t.FreezeAsync(id, segment, body.Order, Actor(http).Name, ct);
        return list is null ? ApiProblems.Invalid("segmentId", error!) : TypedResults.Ok(list);
    }

    private static CampaignActor Actor(HttpContext http) => CampaignActor.From(http.User);

    private static IResult NoBody() => ApiProblems.Invalid("body", "Send the campaign as JSON.");

    private static IResult NotFound(long id) => ApiProblems.NotFound($"Campaign {id}");

    private static IResult NotDraft(long id) => ApiProblems.Conflict($"Campaign {id} is no longer a draft; only drafts are edited.");

    private static IResult ToResult(CampaignResult result, long id, Func<CampaignResult, IResult> success) => result.Refusal switch
    {
        CampaignRefusal.NotFound => NotFound(id),
        CampaignRefusal.NotDraft => NotDraft(id),
        _ when result.Errors.Count > 0 => ApiProblems.Invalid(result.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
        _ => success(result),
    };
}
