using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Surveys;

/// <summary>Walks and their answers, each answer written when given so a dropped call keeps what was said.</summary>
public sealed class SurveyAnswerRepository(NpgsqlDataSource db)
{
    /// <summary>Stores a new walk; false when its attempt already has one (the caller then reopens that one).</summary>
    public async Task<bool> StartAsync(NewSurveySession session, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition("""
            insert into survey_sessions (id, survey_id, version, subscriber_id, campaign_id, channel, started_at, attempt_id)
            values (@Id, @SurveyId, @Version, @SubscriberId, @CampaignId, @Channel, @StartedAt, @AttemptId)
            on conflict (attempt_id) where attempt_id is not null do nothing
            """, session, cancellationToken: ct)) == 1;
    }

    /// <summary>The walk started for a call attempt, if any.</summary>
    public async Task<SurveySessionRow?> FindForAttemptAsync(long attemptId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<SurveySessionRow>(new CommandDefinition(
            "select * from survey_sessions where attempt_id = @attemptId", new { attemptId }, cancellationToken: ct));
    }

    public async Task<SurveySessionRow?> FindSessionAsync(Guid id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<SurveySessionRow>(new CommandDefinition(
            "select * from survey_sessions where id = @id", new { id }, cancellationToken: ct));
    }

    /// <summary>Records an answer; an earlier answer to the same step in the session is marked replaced.</summary>
    public async Task RecordAsync(Guid sessionId, string stepId, string value, DateTimeOffset at, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var args = new { sessionId, stepId, value, at };
        await c.ExecuteAsync(new CommandDefinition(DiscardSql, args, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition("""
            insert into survey_answers (session_id, survey_id, version, subscriber_id, campaign_id, attempt_id, step_id, value, answered_at)
            select id, survey_id, version, subscriber_id, campaign_id, attempt_id, @stepId, @value, @at
            from survey_sessions where id = @sessionId
            """, args, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
    }

    /// <summary>Marks the answer to a step as discarded (it left the path after a change).</summary>
    public async Task DiscardAsync(Guid sessionId, string stepId, DateTimeOffset at, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(DiscardSql, new { sessionId, stepId, at }, cancellationToken: ct));
    }

    public async Task FinishAsync(Guid sessionId, bool completed, DateTimeOffset at, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("""
            update survey_sessions set status = @status, finished_at = @at where id = @sessionId and status = 'in_progress'
            """, new { sessionId, status = completed ? "completed" : "cancelled", at }, cancellationToken: ct));
    }

    /// <summary>The answers of a walk still in force, oldest first (to restore it).</summary>
    public async Task<IReadOnlyList<StoredAnswer>> AnswersAsync(Guid sessionId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<StoredAnswer>(new CommandDefinition("""
            select session_id, survey_id, version, step_id, value, answered_at from survey_answers
            where session_id = @sessionId and discarded_at is null order by answered_at, id
            """, new { sessionId }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>A subscriber's answers in force, newest first, for the subscriber card.</summary>
    public async Task<IReadOnlyList<StoredAnswer>> ForSubscriberAsync(long subscriberId, int limit, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<StoredAnswer>(new CommandDefinition("""
            select session_id, survey_id, version, step_id, value, answered_at from survey_answers
            where subscriber_id = @subscriberId and discarded_at is null order by answered_at desc, id desc limit @limit
            """, new { subscriberId, limit }, cancellationToken: ct));
        return rows.ToList();
    }

    private const string DiscardSql = """
        update survey_answers set discarded_at = @at
        where session_id = @sessionId and step_id = @stepId and discarded_at is null
        """;
}
