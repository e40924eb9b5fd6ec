using Dapper;
using Npgsql;
using Outreach.Campaigns.Subscribers;

namespace Outreach.Campaigns.Targeting;

/// <summary>Counts and samples compiled segments, and stores named ones.</summary>
public sealed class SegmentRepository(NpgsqlDataSource db)
{
    public const int SampleSize = 20;

    public async Task<long> CountAsync(SegmentQuery query, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var command = Command(c, query, $"select count(*) from {query.From} where {query.Where}");
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The first subscribers of the segment in id order: a stable sample to eyeball.</summary>
    public async Task<IReadOnlyList<SubscriberListItem>> SampleAsync(SegmentQuery query, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var command = Command(c, query, $"""
            select s.id, s.first_name, s.last_name, s.phone, s.email, s.region, s.tariff, s.balance, s.is_prospect
            from {query.From} where {query.Where} order by s.id limit {SampleSize}
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return reader.Parse<SubscriberListItem>().ToList();
    }

    /// <summary>Saves a named segment; null when the name is taken.</summary>
    public async Task<long?> SaveAsync(string name, string ruleJson, string createdBy, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<long?>(new CommandDefinition("""
            insert into segments (name, rule, created_by) values (@name, @rule::jsonb, @createdBy)
            on conflict (name) do nothing returning id
            """, new { name = name.Trim(), rule = ruleJson, createdBy }, cancellationToken: ct));
    }

    /// <summary>Replaces a segment's name and rule: false when it does not exist, null when another segment has the name.</summary>
    public async Task<bool?> UpdateAsync(long id, string name, string ruleJson, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        try
        {
            return await c.ExecuteAsync(new CommandDefinition(
                "update segments set name = @name, rule = @rule::jsonb where id = @id",
                new { id, name = name.Trim(), rule = ruleJson }, cancellationToken: ct)) == 1;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return null;
        }
    }

    /// <summary>Deletes a segment; false when it did not exist.</summary>
    public async Task<bool> DeleteAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition("delete from segments where id = @id", new { id }, cancellationToken: ct)) == 1;
    }

    /// <summary>Names of the campaigns not yet finished whose target list is built from the segment.</summary>
    public async Task<IReadOnlyList<string>> CampaignsUsingAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<string>(new CommandDefinition("""
            select name from campaigns
            where status <> 'finished' and settings->>'segmentId' = @id::text order by name
            """, new { id }, cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<IReadOnlyList<SavedSegment>> ListAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<SavedSegment>(new CommandDefinition(
            "select id, name, rule::text as rule, created_by, created_at from segments order by name", cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<SavedSegment?> GetAsync(long id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<SavedSegment>(new CommandDefinition(
            "select id, name, rule::text as rule, created_by, created_at from segments where id = @id", new { id }, cancellationToken: ct));
    }

    // Plain Npgsql parameters: Dapper would expand array values (the "contains" operator) into lists.
    internal static NpgsqlCommand Command(NpgsqlConnection c, SegmentQuery query, string sql)
    {
        var command = new NpgsqlCommand(sql, c) { CommandTimeout = 120 };
        foreach (var (name, value) in query.Parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }
}
