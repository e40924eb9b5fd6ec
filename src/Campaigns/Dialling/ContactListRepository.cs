using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>A campaign's contact list: created, filled from subscriber ids, read in hopper batches.</summary>
public sealed class ContactListRepository(NpgsqlDataSource db)
{
    public async Task<long> CreateAsync(long campaignId, string name, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(
            "insert into contact_lists (campaign_id, name) values (@campaignId, @name) returning id",
            new { campaignId, name }, cancellationToken: ct));
    }

    /// <summary>Adds the subscribers (their main phone) once each; returns how many were new.</summary>
    public async Task<int> AddSubscribersAsync(long listId, IReadOnlyList<long> subscriberIds, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition("""
            insert into contact_list_entries (contact_list_id, subscriber_id, phone)
            select @listId, s.id, s.phone from subscribers s where s.id = any(@ids)
            on conflict (contact_list_id, subscriber_id) do nothing
            """, new { listId, ids = subscriberIds.ToArray() }, cancellationToken: ct));
    }

    /// <summary>The next pending entries by priority, at most <paramref name="batch"/>.</summary>
    public async Task<IReadOnlyList<ContactListEntry>> NextPendingAsync(long listId, int batch, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<ContactListEntry>(new CommandDefinition("""
            select id, contact_list_id, subscriber_id, phone, priority, status, attempts_made from contact_list_entries
            where contact_list_id = @listId and status = 'pending' order by priority desc, id limit @batch
            """, new { listId, batch }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>The campaign's current contact list with its size, or null when none was frozen yet.</summary>
    public async Task<ContactListSummary?> CurrentAsync(long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<ContactListSummary>(new CommandDefinition("""
            select l.id, l.name, l.frozen_at, (select count(*) from contact_list_entries e where e.contact_list_id = l.id) as size
            from contact_lists l where l.campaign_id = @campaignId order by l.id desc limit 1
            """, new { campaignId }, cancellationToken: ct));
    }
}
