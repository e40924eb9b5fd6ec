using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>
/// Data for the engine's load benchmark: throwaway subscribers (numbers under +999, no real country), contact lists,
/// and the figures read back from the attempts table at the end: lost and duplicated attempts, abandons.
/// </summary>
public sealed class LoadTestRepository(NpgsqlDataSource db)
{
    /// <summary>Adds <paramref name="count"/> subscribers in UTC with unique numbers; returns their ids.</summary>
    public async Task<long[]> CreateSubscribersAsync(int count, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var ids = await c.QueryAsync<long>(new CommandDefinition("""
            insert into subscribers (id, first_name, last_name, phone, time_zone)
            select n, 'Load', 'Test ' || n, '+999' || lpad(n::text, 11, '0'), 'UTC'
            from (select nextval('subscribers_id_seq') as n from generate_series(1, @count)) s
            returning id
            """, new { count }, commandTimeout: 600, cancellationToken: ct));
        return [.. ids];
    }

    /// <summary>The figures of the run over the given campaigns.</summary>
    public async Task<LoadTestFigures> FiguresAsync(IReadOnlyList<long> campaignIds, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleAsync<LoadTestFigures>(new CommandDefinition("""
            select count(*) as attempts,
                   count(*) filter (where outcome is null) as lost,
                   count(*) filter (where connect_result = 'connected') as connected,
                   count(*) filter (where connect_result = 'abandoned') as abandoned,
                   (select count(*) from attempts a join attempts b on b.entry_id = a.entry_id and b.id > a.id
                    where a.campaign_id = any(@ids) and b.placed_at < coalesce(a.ended_at, 'infinity')) as duplicates,
                   min(placed_at) as firstplaced, max(placed_at) as lastplaced
            from attempts where campaign_id = any(@ids)
            """, new { ids = campaignIds.ToArray() }, commandTimeout: 600, cancellationToken: ct));
    }
}

/// <summary>Attempts of a load run: all, without an outcome (lost), connected, abandoned, overlapping on one entry (duplicates).</summary>
public sealed record LoadTestFigures(long Attempts, long Lost, long Connected, long Abandoned, long Duplicates, DateTime? FirstPlaced, DateTime? LastPlaced);
