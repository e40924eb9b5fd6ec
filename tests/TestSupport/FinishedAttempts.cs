using Dapper;
using Npgsql;

namespace Outreach.TestSupport;

/// <summary>How one finished call ended, for tests that need attempts in the past (reports, history).</summary>
public sealed record FinishedCall(string Outcome, string? AnswerClass = null, string? ConnectResult = null, int? AgentId = null,
    string? DispositionCode = null);

/// <summary>Writes finished attempts straight into the attempts table, at a chosen time.</summary>
public static class FinishedAttempts
{
    /// <summary>Attempt <paramref name="number"/> of a contact-list entry, made and ended at <paramref name="at"/>.</summary>
    public static Task InsertAsync(NpgsqlConnection c, long entryId, DateTimeOffset at, FinishedCall call, int number = 1) =>
        c.ExecuteAsync("""
            insert into attempts (entry_id, attempt_number, campaign_id, subscriber_id, phone, created_at, placed_at, ended_at,
                                  outcome, answer_class, connect_result, agent_id, disposition_code)
            select e.id, @number, l.campaign_id, e.subscriber_id, '+12125550000', @at, @at, @at + interval '1 minute',
                   @Outcome, @AnswerClass, @ConnectResult, @AgentId, @DispositionCode
            from contact_list_entries e join contact_lists l on l.id = e.contact_list_id where e.id = @entryId
            """, new { entryId, number, at, call.Outcome, call.AnswerClass, call.ConnectResult, call.AgentId, call.DispositionCode });
}
