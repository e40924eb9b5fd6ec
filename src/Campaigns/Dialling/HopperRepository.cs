using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>Reads a campaign's due contacts in batches for its hopper, and the facts its start check needs.</summary>
public sealed class HopperRepository(NpgsqlDataSource db)
{
    private const string Due = """
        e.status in ('pending', 'retry') and (e.next_attempt_at is null or e.next_attempt_at <= @now)
        and not exists (select 1 from dnc d where d.phone = e.phone and (d.campaign_id is null or d.campaign_id = @campaignId))
        """;

    /// <summary>
    /// The next due entries of the campaign (pending, or retry whose time has come; never on a do-not-call list), by
    /// priority, leaving out those already in the hopper.
    /// </summary>
    public async Task<IReadOnlyList<HopperEntry>> NextDueAsync(
        long campaignId, IReadOnlyCollection<long> inHopper, DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<HopperEntry>(new CommandDefinition($$"""
            select e.id as entry_id, e.subscriber_id, e.phone, s.time_zone, s.language, e.attempts_made, e.preferred_agent_id,
                   coalesce(h.at, '{}') as recent_attempts_at, coalesce(h.abandoned, '{}') as recent_abandoned,
                   coalesce(p.results, '{}') as past_results
            from contact_list_entries e
            join contact_lists l on l.id = e.contact_list_id and l.campaign_id = @campaignId
            join subscribers s on s.id = e.subscriber_id
            left join lateral (
                select array_agg(a.created_at) as at, array_agg(coalesce(a.connect_result = 'abandoned', false)) as abandoned
                from attempts a where a.subscriber_id = e.subscriber_id and a.created_at > @now - interval '7 days') h on true
            left join lateral (
                select array_agg(coalesce(a.outcome, '') || '|' || coalesce(a.answer_class, '') || '|' || coalesce(a.connect_result, '')) as results
                from attempts a where a.entry_id = e.id) p on true
            where {{Due}} and e.id <> all(@exclude)
            order by e.priority desc, e.id
            limit @limit
            """, new { campaignId, now, limit, exclude = inHopper.ToArray() }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>Contacts left to call (pending or retry, due or not, not on a do-not-call list).</summary>
    public async Task<long> ContactsLeftAsync(long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            select count(*) from contact_list_entries e join contact_lists l on l.id = e.contact_list_id
            where l.campaign_id = @campaignId and e.status in ('pending', 'retry')
              and not exists (select 1 from dnc d where d.phone = e.phone and (d.campaign_id is null or d.campaign_id = @campaignId))
            """, new { campaignId }, cancellationToken: ct));
    }

    /// <summary>The distinct time zones of the contacts left to call, for the calling-hours start check.</summary>
    public async Task<IReadOnlyList<string>> TimeZonesLeftAsync(long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<string>(new CommandDefinition("""
            select distinct s.time_zone from contact_list_entries e join contact_lists l on l.id = e.contact_list_id
            join subscribers s on s.id = e.subscriber_id
            where l.campaign_id = @campaignId and e.status in ('pending', 'retry')
            """, new { campaignId }, cancellationToken: ct));
        return rows.ToList();
    }
}
