using Npgsql;
using Orleans;
using Orleans.Runtime;

namespace Outreach.Web.Api;

/// <summary>GET /health: 200 when PostgreSQL and the silo answer, 503 naming the part that does not.</summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    public static void MapHealthEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", CheckAsync).AllowAnonymous().WithTags("Operations").WithSummary("Liveness of the database and the silo.");

    internal static async Task<IResult> CheckAsync(NpgsqlDataSource db, IGrainFactory grains, ILoggerFactory logs, CancellationToken ct)
    {
        var log = logs.CreateLogger("Outreach.Health");
        var postgres = await ProbeAsync(async t =>
        {
            await using var c = await db.OpenConnectionAsync(t);
            await using var cmd = new NpgsqlCommand("select 1", c);
            await cmd.ExecuteScalarAsync(t);
        }, "postgres", log, ct);
        var orleans = await ProbeAsync(async _ =>
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
            if (hosts.Count == 0) throw new InvalidOperationException("no active silo");
        }, "orleans", log, ct);
        var ok = postgres == "ok" && orleans == "ok";
        var body = new { status = ok ? "ok" : "degraded", postgres, orleans };
        return ok ? TypedResults.Ok(body) : TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<string> ProbeAsync(Func<CancellationToken, Task> probe, string part, ILogger log, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await probe(timeout.Token).WaitAsync(timeout.Token);
            return "ok";
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.LogWarning(e, "Health probe of {Part} failed", part);
            return "down: " + e.Message;
        }
    }
}
