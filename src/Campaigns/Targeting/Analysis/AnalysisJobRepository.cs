using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>
/// The job rows of background analyses. The database keeps at most one queued or running job per kind
/// (a partial unique index), so two marketers pressing refresh at once get one run and one refusal.
/// </summary>
public sealed class AnalysisJobRepository(NpgsqlDataSource db)
{
    private const string Columns = """
        id, kind, status, stage, progress, parameters::text as parameters, result::text as result, error,
        requested_by, requested_at, started_at, finished_at
        """;

    /// <summary>Queues a job; null when one of that kind is already queued or running.</summary>
    public async Task<long?> TryEnqueueAsync(string kind, string parametersJson, string requestedBy, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<long?>(new CommandDefinition("""
            insert into analysis_jobs (kind, parameters, requested_by) values (@kind, @parameters::jsonb, @requestedBy)
            on conflict (kind) where status in ('queued', 'running') do nothing
            returning id
            """, new { kind, parameters = parametersJson, requestedBy }, cancellationToken: ct));
    }

    /// <summary>Takes the oldest queued job and marks it running; null when none waits.</summary>
    public async Task<AnalysisJob?> ClaimNextAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<AnalysisJob>(new CommandDefinition($"""
            update analysis_jobs set status = 'running', stage = 'starting', started_at = now()
            where id = (select id from analysis_jobs where status = 'queued' order by id limit 1 for update skip locked)
            returning {Columns}
            """, cancellationToken: ct));
    }

    public async Task ReportProgressAsync(long id, string stage, double progress, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            "update analysis_jobs set stage = @stage, progress = @progress where id = @id and status = 'running'",
            new { id, stage, progress = (float)Math.Clamp(progress, 0, 1) }, cancellationToken: ct));
    }

    public async Task CompleteAsync(long id, string resultJson, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("""
            update analysis_jobs set status = 'done', stage = 'done', progress = 1, result = @result::jsonb, finished_at = now()
            where id = @id
            """, new { id, result = resultJson }, cancellationToken: ct));
    }

    public async Task FailAsync(long id, string error, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            "update analysis_jobs set status = 'failed', error = @error, finished_at = now() where id = @id",
            new { id, error }, cancellationToken: ct));
    }

    /// <summary>
    /// Jobs left running by a process that stopped mid-run fail with a reason, so the kind can run again.
    /// One web host runs the worker; several would need a lease here instead.
    /// </summary>
    public async Task<int> FailInterruptedAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition("""
            update analysis_jobs set status = 'failed', error = 'interrupted: the server stopped during the run', finished_at = now()
            where status = 'running'
            """, cancellationToken: ct));
    }

    public async Task<AnalysisJob?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<AnalysisJob>(new CommandDefinition(
            $"select {Columns} from analysis_jobs where id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>The newest job of a kind, whatever its status.</summary>
    public async Task<AnalysisJob?> LatestAsync(string kind, CancellationToken ct) =>
        await LatestWhereAsync(kind, "true", ct);

    /// <summary>The newest finished job of a kind: the one whose results are shown.</summary>
    public async Task<AnalysisJob?> LatestDoneAsync(string kind, CancellationToken ct) =>
        await LatestWhereAsync(kind, "status = 'done'", ct);

    private async Task<AnalysisJob?> LatestWhereAsync(string kind, string condition, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<AnalysisJob>(new CommandDefinition(
            $"select {Columns} from analysis_jobs where kind = @kind and {condition} order by id desc limit 1",
            new { kind }, cancellationToken: ct));
    }
}
