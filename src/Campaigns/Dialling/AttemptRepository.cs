using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>Call attempts, written before dialling under the unique (entry, attempt number) key.</summary>
public sealed class AttemptRepository(NpgsqlDataSource db)
{
    /// <summary>
    /// Claims attempt number <paramref name="attemptNumber"/> of the entry. Returns the new attempt id,
    /// or null when that attempt already exists: the caller must not dial it again.
    /// </summary>
    public async Task<long?> TryClaimAsync(long entryId, int attemptNumber, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<long?>(new CommandDefinition("""
            insert into attempts (entry_id, attempt_number, campaign_id, subscriber_id, phone)
            select e.id, @attemptNumber, l.campaign_id, e.subscriber_id, e.phone
            from contact_list_entries e join contact_lists l on l.id = e.contact_list_id where e.id = @entryId
            on conflict (entry_id, attempt_number) do nothing
            returning id
            """, new { entryId, attemptNumber }, cancellationToken: ct));
    }

    /// <summary>Records how the call ended; only the first outcome counts.</summary>
    public async Task<bool> RecordOutcomeAsync(long attemptId, string outcome, string? answerClass, DateTimeOffset endedAt, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition("""
            update attempts set outcome = @outcome, answer_class = @answerClass, ended_at = @endedAt
            where id = @attemptId and outcome is null
            """, new { attemptId, outcome, answerClass, endedAt }, cancellationToken: ct)) == 1;
    }

    /// <summary>
    /// Claims the next attempt of each entry in one statement: an attempt is inserted (and its entry marked in progress)
    /// only when the entry is still due, still on that attempt number and not on a do-not-call list. Returns the attempts
    /// this call inserted; an entry left out was claimed elsewhere, changed or blocked, and must not be dialled.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedAttempt>> ClaimBatchAsync(
        long campaignId, IReadOnlyList<(long EntryId, int AttemptNumber)> wanted, DateTimeOffset now, CancellationToken ct)
    {
        if (wanted.Count == 0) return [];
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<ClaimedAttempt>(new CommandDefinition("""
            with wanted as (select * from unnest(@entryIds::bigint[], @numbers::int[]) as w(entry_id, n)),
            ins as (
                insert into attempts (entry_id, attempt_number, campaign_id, subscriber_id, phone, placed_at)
                select e.id, w.n, @campaignId, e.subscriber_id, e.phone, @now
                from wanted w join contact_list_entries e on e.id = w.entry_id
                where e.status in ('pending', 'retry') and e.attempts_made = w.n - 1
                  and not exists (select 1 from dnc d where d.phone = e.phone and (d.campaign_id is null or d.campaign_id = @campaignId))
                on conflict (entry_id, attempt_number) do nothing
                returning id, entry_id, attempt_number),
            moved as (
                update contact_list_entries e set status = 'in_progress', attempts_made = ins.attempt_number, next_attempt_at = null
                from ins where e.id = ins.entry_id)
            select id, entry_id as entryid, attempt_number as attemptnumber from ins
            """, new
        {
            campaignId, now,
            entryIds = wanted.Select(w => w.EntryId).ToArray(),
            numbers = wanted.Select(w => w.AttemptNumber).ToArray(),
        }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>The campaign's attempts that have no outcome yet (placed by an earlier activation, or in flight).</summary>
    public async Task<IReadOnlyList<long>> UnfinishedAsync(long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<long>(new CommandDefinition(
            "select id from attempts where campaign_id = @campaignId and outcome is null order by id",
            new { campaignId }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>
    /// Closes attempts whose call died with an earlier activation or silo: outcome <paramref name="outcome"/>, and their
    /// entries go back to the hopper at once (retry) when that attempt was the entry's latest. Returns how many closed.
    /// </summary>
    public async Task<int> ResolveLostAsync(IReadOnlyList<long> attemptIds, string outcome, DateTimeOffset now, CancellationToken ct)
    {
        if (attemptIds.Count == 0) return 0;
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<int>(new CommandDefinition("""
            with closed as (
                update attempts set outcome = @outcome, ended_at = @now
                where id = any(@ids) and outcome is null returning id, entry_id, attempt_number),
            requeued as (
                update contact_list_entries e set status = 'retry', next_attempt_at = @now
                from closed where e.id = closed.entry_id and e.attempts_made = closed.attempt_number and e.status = 'in_progress')
            select count(*) from closed
            """, new { ids = attemptIds.ToArray(), outcome, now }, cancellationToken: ct));
    }

    /// <summary>The campaign's attempt counts, for its board.</summary>
    public async Task<CampaignCounts> CountsAsync(long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleAsync<CampaignCounts>(new CommandDefinition("""
            select count(*) as placed,
                   count(*) filter (where answer_class in ('human', 'unknown')) as humananswers,
                   count(*) filter (where answer_class = 'machine') as machines,
                   count(*) filter (where connect_result = 'connected') as connected,
                   count(*) filter (where connect_result = 'abandoned') as abandoned,
                   count(*) filter (where waited_for_agent and connect_result in ('connected', 'abandoned')) as waited
            from attempts where campaign_id = @campaignId
            """, new { campaignId }, cancellationToken: ct));
    }

    /// <summary>Live answers and abandons per minute since <paramref name="since"/>.</summary>
    public async Task<IReadOnlyList<LiveAnswerMinute>> LiveAnswersByMinuteAsync(long campaignId, DateTimeOffset since, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<LiveAnswerMinute>(new CommandDefinition("""
            select date_trunc('minute', answered_at) as minute, count(*)::int as liveanswers,
                   (count(*) filter (where connect_result = 'abandoned'))::int as abandoned
            from attempts
            where campaign_id = @campaignId and answered_at >= @since and connect_result in ('connected', 'abandoned')
            group by 1 order by 1
            """, new { campaignId, since }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>
    /// Every attempt of the campaign for its compliance report, oldest first: placed time (claim time when never placed),
    /// the subscriber's zone, the campaign's caller id, and do-not-call as it stood when the attempt was made.
    /// </summary>
    public async Task<IReadOnlyList<ReportedAttemptRow>> ForComplianceAsync(long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<ReportedAttemptRow>(new CommandDefinition("""
            select a.subscriber_id as subscriberid, a.phone, s.time_zone as timezone,
                   coalesce(a.placed_at, a.created_at) as placedat, k.caller_id as callerid,
                   coalesce(a.connect_result = 'abandoned', false) as abandoned,
                   exists (select 1 from dnc d where d.phone = a.phone and (d.campaign_id is null or d.campaign_id = a.campaign_id)
                           and d.added_at <= coalesce(a.placed_at, a.created_at)) as ondonotcall
            from attempts a join subscribers s on s.id = a.subscriber_id join campaigns k on k.id = a.campaign_id
            where a.campaign_id = @campaignId
            order by placedat, a.id
            """, new { campaignId }, cancellationToken: ct));
        return rows.ToList();
    }
}
