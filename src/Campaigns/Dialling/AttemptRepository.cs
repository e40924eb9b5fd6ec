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
}
