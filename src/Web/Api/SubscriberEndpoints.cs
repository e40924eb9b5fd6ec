using Outreach.Campaigns.Subscribers;
using Outreach.Web.Hosting;

namespace Outreach.Web.Api;

/// <summary>GET /api/subscribers (search, paging) and /api/subscribers/{id} (the card), for marketers and managers.</summary>
internal static class SubscriberEndpoints
{
    public const int DefaultPageSize = 25;
    private const int MaxSearchLength = 200;

    public static void MapSubscriberEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/subscribers").RequireAuthorization(AuthServices.MarketingPolicy).WithTags("Subscribers");
        group.MapGet("/", SearchAsync).WithSummary("Subscribers whose name, phone or email contains the search text, a page at a time.");
        group.MapGet("/{id:long}", async (long id, SubscriberRepository subscribers, CancellationToken ct) =>
            await subscribers.GetCardAsync(id, ct) is { } card ? TypedResults.Ok(card) : ApiProblems.NotFound($"Subscriber {id}"))
            .WithSummary("The subscriber card: identity, usage facts, DNC state and contact history.");
    }

    private static async Task<IResult> SearchAsync(string? search, string? page, string? pageSize, SubscriberRepository subscribers, CancellationToken ct)
    {
        if (!ApiProblems.TryParsePositive(page, 1, 1_000_000, "page", out var pageNumber, out var problem)) return problem!;
        if (!ApiProblems.TryParsePositive(pageSize, DefaultPageSize, SubscriberRepository.MaxPageSize, "pageSize", out var size, out problem)) return problem!;
        if (search?.Length > MaxSearchLength) return ApiProblems.Invalid("search", $"Search text is limited to {MaxSearchLength} characters.");
        return TypedResults.Ok(await subscribers.SearchAsync(search, pageNumber, size, ct));
    }
}
