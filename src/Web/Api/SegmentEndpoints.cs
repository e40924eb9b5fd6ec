using System.Text.Json;
using Outreach.Campaigns.Targeting;
using Outreach.Segmentation.Rules;
using Outreach.Web.Hosting;
using Outreach.Web.Targeting;

namespace Outreach.Web.Api;

/// <summary>/api/segments: saved rule segments (T1) for marketing roles — list, read, try, save, change, delete.</summary>
internal static class SegmentEndpoints
{
    /// <summary>A segment as sent: its name and its rule tree (<c>{"type":"group","op":"and","children":[…]}</c>).</summary>
    public sealed record SegmentRequest(string? Name, JsonElement? Rule);

    public sealed record SegmentSummary(long Id, string Name, string CreatedBy, DateTime CreatedAt);

    public sealed record SegmentDetails(long Id, string Name, JsonElement Rule, string CreatedBy, DateTime CreatedAt);

    public sealed record Created(long Id);

    public static void MapSegmentEndpoints(this IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/segments").RequireAuthorization(AuthServices.MarketingPolicy).WithTags("Segments");
        g.MapGet("/", async (SegmentRepository r, CancellationToken ct) =>
            (await r.ListAsync(ct)).Select(s => new SegmentSummary(s.Id, s.Name, s.CreatedBy, s.CreatedAt)))
            .WithSummary("The saved segments, by name.");
        g.MapGet("/{id:long}", async (long id, SegmentRepository r, CancellationToken ct) =>
            await r.GetAsync(id, ct) is { } s
                ? TypedResults.Ok(new SegmentDetails(s.Id, s.Name, JsonSerializer.Deserialize<JsonElement>(s.Rule), s.CreatedBy, s.CreatedAt))
                : NotFound(id))
            .WithSummary("A saved segment with its rule tree.");
        g.MapPost("/preview", PreviewAsync).WithSummary("The size and a sample of a rule, without saving it (body: { \"rule\": … }).");
        g.MapPost("/", async (SegmentRequest? body, HttpContext http, SegmentService s, CancellationToken ct) =>
            await ChangeAsync(body, rule => s.CreateAsync(body!.Name, rule, Actor(http), ct), c => TypedResults.Created($"/api/segments/{c.Id}", new Created(c.Id!.Value))))
            .WithSummary("Saves a new segment; 400 naming a wrong name or rule, 409 when the name is taken.");
        g.MapPut("/{id:long}", async (long id, SegmentRequest? body, HttpContext http, SegmentService s, CancellationToken ct) =>
            await ChangeAsync(body, rule => s.UpdateAsync(id, body!.Name, rule, Actor(http), ct), _ => TypedResults.NoContent()))
            .WithSummary("Replaces a segment's name and rule (lists already frozen from it do not move).");
        g.MapDelete("/{id:long}", async (long id, HttpContext http, SegmentService s, CancellationToken ct) =>
            ToResult(await s.DeleteAsync(id, Actor(http), ct), _ => TypedResults.NoContent()))
            .WithSummary("Deletes a segment; 409 while a campaign that is not finished targets it.");
    }

    private static async Task<IResult> PreviewAsync(SegmentRequest? body, SegmentService s, CancellationToken ct)
    {
        if (ReadRule(body, out var problem) is not { } rule) return problem!;
        var preview = await s.PreviewAsync(rule, ct);
        return preview.Errors.Count > 0 ? ApiProblems.Invalid("rule", string.Join(" ", preview.Errors)) : TypedResults.Ok(preview);
    }

    private static async Task<IResult> ChangeAsync(SegmentRequest? body, Func<RuleNode, Task<SegmentChange>> change, Func<SegmentChange, IResult> success) =>
        ReadRule(body, out var problem) is { } rule ? ToResult(await change(rule), success) : problem!;

    // The rule arrives as JSON of its own: read it leniently about key order (as stored rules are) and say what is wrong.
    private static RuleNode? ReadRule(SegmentRequest? body, out IResult? problem)
    {
        problem = null;
        if (body?.Rule is not { ValueKind: JsonValueKind.Object } json)
        {
            problem = ApiProblems.Invalid("rule", "Send { \"name\": \"…\", \"rule\": { \"type\": \"group\", \"op\": \"and\", \"children\": [ … ] } }.");
            return null;
        }
        try
        {
            return SegmentService.Parse(json.GetRawText()) ?? throw new JsonException("empty rule");
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            problem = ApiProblems.Invalid("rule", $"The rule is not a rule tree: {e.Message}");
            return null;
        }
    }

    private static IResult ToResult(SegmentChange change, Func<SegmentChange, IResult> success) => change.Refusal switch
    {
        SegmentRefusal.None => success(change),
        SegmentRefusal.Invalid => ApiProblems.Invalid(change.Field!, change.Message!),
        SegmentRefusal.NotFound => NotFound(change.Id!.Value),
        _ => ApiProblems.Conflict(change.Message!),
    };

    private static IResult NotFound(long id) => ApiProblems.NotFound($"Segment {id}");

    private static string Actor(HttpContext http) => http.User.Identity?.Name ?? "unknown";
}
