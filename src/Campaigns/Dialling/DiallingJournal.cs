using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>
/// Writes what the engine learns about attempts, entries and agents in batches: one statement per kind of change
/// for a whole batch, so hundreds of calls a second cost a few round trips. Every update is guarded so that a
/// repeat, or a change that arrives after a newer one, does nothing.
/// </summary>
public sealed class DiallingJournal(NpgsqlDataSource db)
{
    public async Task WriteAsync(JournalBatch batch, CancellationToken ct)
    {
        if (batch.IsEmpty) return;
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await WriteOutcomesAsync(c, tx, batch.Outcomes, ct);
        await WriteDispositionsAsync(c, tx, batch.Dispositions, ct);
        await WriteEntryMovesAsync(c, tx, batch.EntryMoves, ct);
        await WriteAgentStatesAsync(c, tx, batch.AgentStates, ct);
        await WriteDeferralsAsync(c, tx, batch.Deferrals, ct);
        await tx.CommitAsync(ct);
    }

    private static Task WriteOutcomesAsync(NpgsqlConnection c, NpgsqlTransaction tx, List<AttemptOutcome> rows, CancellationToken ct) =>
        rows.Count == 0 ? Task.CompletedTask : c.ExecuteAsync(new CommandDefinition("""
            update attempts a set outcome = u.outcome, answer_class = u.answer_class, connect_result = u.connect_result,
                                  answered_at = u.answered_at, ended_at = u.ended_at, agent_id = u.agent_id, waited_for_agent = u.waited
            from unnest(@ids::bigint[], @outcomes::text[], @classes::text[], @connects::text[], @answered::timestamptz[],
                        @ended::timestamptz[], @agents::int[], @waited::boolean[])
                 as u(id, outcome, answer_class, connect_result, answered_at, ended_at, agent_id, waited)
            where a.id = u.id and a.outcome is null
            """, new
        {
            ids = rows.Select(r => r.AttemptId).ToArray(),
            outcomes = rows.Select(r => r.Outcome).ToArray(),
            classes = rows.Select(r => r.AnswerClass).ToArray(),
            connects = rows.Select(r => r.ConnectResult).ToArray(),
            answered = rows.Select(r => r.AnsweredAt?.UtcDateTime).ToArray(),
            ended = rows.Select(r => r.EndedAt.UtcDateTime).ToArray(),
            agents = rows.Select(r => r.AgentId).ToArray(),
            waited = rows.Select(r => r.WaitedForAgent).ToArray(),
        }, tx, cancellationToken: ct));

    private static Task WriteDispositionsAsync(NpgsqlConnection c, NpgsqlTransaction tx, List<AttemptDisposition> rows, CancellationToken ct) =>
        rows.Count == 0 ? Task.CompletedTask : c.ExecuteAsync(new CommandDefinition("""
            update attempts a set disposition_code = u.code, notes = u.notes, agent_id = coalesce(a.agent_id, u.agent_id)
            from unnest(@ids::bigint[], @codes::text[], @notes::text[], @agents::int[]) as u(id, code, notes, agent_id)
            where a.id = u.id and a.disposition_code is null
            """, new
        {
            ids = rows.Select(r => r.AttemptId).ToArray(),
            codes = rows.Select(r => r.Code).ToArray(),
            notes = rows.Select(r => r.Notes).ToArray(),
            agents = rows.Select(r => (int?)r.AgentId).ToArray(),
        }, tx, cancellationToken: ct));

    // Only the entry's latest attempt may move it, and only out of "in progress": a late or repeated result does nothing.
    private static Task WriteEntryMovesAsync(NpgsqlConnection c, NpgsqlTransaction tx, List<EntryMove> rows, CancellationToken ct) =>
        rows.Count == 0 ? Task.CompletedTask : c.ExecuteAsync(new CommandDefinition("""
            update contact_list_entries e set status = u.status, next_attempt_at = u.next_at, preferred_agent_id = u.agent_id
            from unnest(@ids::bigint[], @statuses::text[], @nextAt::timestamptz[], @agents::int[]) as u(attempt_id, status, next_at, agent_id)
            join attempts a on a.id = u.attempt_id
            where e.id = a.entry_id and e.attempts_made = a.attempt_number and e.status = 'in_progress'
            """, new
        {
            ids = rows.Select(r => r.AttemptId).ToArray(),
            statuses = rows.Select(r => r.Status).ToArray(),
            nextAt = rows.Select(r => r.NextAttemptAt?.UtcDateTime).ToArray(),
            agents = rows.Select(r => r.PreferredAgentId).ToArray(),
        }, tx, cancellationToken: ct));

    private static Task WriteAgentStatesAsync(NpgsqlConnection c, NpgsqlTransaction tx, List<AgentStateSpan> rows, CancellationToken ct) =>
        rows.Count == 0 ? Task.CompletedTask : c.ExecuteAsync(new CommandDefinition("""
            insert into agent_state_changes (agent_id, state, reason, started_at, ended_at, campaign_id)
            select * from unnest(@agents::int[], @states::text[], @reasons::text[], @started::timestamptz[], @ended::timestamptz[], @campaigns::bigint[])
            """, new
        {
            agents = rows.Select(r => r.AgentId).ToArray(),
            states = rows.Select(r => r.State).ToArray(),
            reasons = rows.Select(r => r.Reason).ToArray(),
            started = rows.Select(r => r.StartedAt.UtcDateTime).ToArray(),
            ended = rows.Select(r => r.EndedAt.UtcDateTime).ToArray(),
            campaigns = rows.Select(r => r.CampaignId).ToArray(),
        }, tx, cancellationToken: ct));

    private static Task WriteDeferralsAsync(NpgsqlConnection c, NpgsqlTransaction tx, List<EntryDeferral> rows, CancellationToken ct) =>
        rows.Count == 0 ? Task.CompletedTask : c.ExecuteAsync(new CommandDefinition("""
            update contact_list_entries e set status = u.status, next_attempt_at = u.next_at
            from unnest(@ids::bigint[], @made::int[], @statuses::text[], @nextAt::timestamptz[]) as u(id, made, status, next_at)
            where e.id = u.id and e.attempts_made = u.made and e.status in ('pending', 'retry')
            """, new
        {
            ids = rows.Select(r => r.EntryId).ToArray(),
            made = rows.Select(r => r.AttemptsMade).ToArray(),
            statuses = rows.Select(r => r.Status).ToArray(),
            nextAt = rows.Select(r => r.NextAttemptAt?.UtcDateTime).ToArray(),
        }, tx, cancellationToken: ct));
}
