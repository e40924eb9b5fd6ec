using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>T2 storage: each run's segments, and every subscriber's segment from the latest run.</summary>
public sealed class ClusterRepository(NpgsqlDataSource db)
{
    /// <summary>
    /// Stores a run's segments and replaces every subscriber's segment in one transaction: a count by
    /// cluster never sees half of one run and half of another.
    /// </summary>
    public async Task SaveAsync(long jobId, IReadOnlyList<StoredCluster> clusters, long[] subscriberIds, int[] assignments,
        CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(assignments.Length, subscriberIds.Length);
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("""
            insert into cluster_segments (job_id, cluster, size, share, description, traits)
            values (@jobId, @Cluster, @Size, @Share, @Description, @Traits::jsonb)
            """, clusters.Select(k => new { jobId, k.Cluster, k.Size, k.Share, k.Description, k.Traits }), tx, cancellationToken: ct));
        // Truncate, not delete: the table is rewritten whole, and a million dead rows would linger until vacuum.
        await c.ExecuteAsync(new CommandDefinition("truncate subscriber_clusters", transaction: tx, commandTimeout: BulkWrite.TimeoutSeconds, cancellationToken: ct));
        await using (var writer = await c.BeginBinaryImportAsync(
            "copy subscriber_clusters (subscriber_id, job_id, cluster) from stdin (format binary)", ct))
        {
            writer.Timeout = BulkWrite.Timeout;
            for (var i = 0; i < subscriberIds.Length; i++)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(subscriberIds[i], NpgsqlDbType.Bigint, ct);
                await writer.WriteAsync(jobId, NpgsqlDbType.Bigint, ct);
                await writer.WriteAsync(assignments[i], NpgsqlDbType.Integer, ct);
            }
            await writer.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
        // Fresh statistics at once, so the first "cluster = N" counts are planned on this run's rows.
        await c.ExecuteAsync(new CommandDefinition("analyze subscriber_clusters", commandTimeout: BulkWrite.TimeoutSeconds, cancellationToken: ct));
    }

    /// <summary>The segments of a run, largest first.</summary>
    public async Task<IReadOnlyList<StoredCluster>> ListAsync(long jobId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return (await c.QueryAsync<StoredCluster>(new CommandDefinition("""
            select cluster, size, share, description, traits::text as traits from cluster_segments
            where job_id = @jobId order by cluster
            """, new { jobId }, cancellationToken: ct))).ToArray();
    }

    /// <summary>How many subscribers hold each segment of the stored assignment (cluster → count).</summary>
    public async Task<IReadOnlyDictionary<int, long>> CountsAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<(int Cluster, long Count)>(new CommandDefinition(
            "select cluster, count(*) from subscriber_clusters group by cluster", cancellationToken: ct));
        return rows.ToDictionary(r => r.Cluster, r => r.Count);
    }
}
