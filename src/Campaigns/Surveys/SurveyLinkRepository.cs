using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Surveys;

/// <summary>One-time survey links by token hash.</summary>
public sealed class SurveyLinkRepository(NpgsqlDataSource db)
{
    public async Task CreateAsync(byte[] tokenHash, string surveyId, int version, long subscriberId, long? campaignId,
        string createdBy, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("""
            insert into survey_links (token_hash, survey_id, version, subscriber_id, campaign_id, created_by)
            values (@tokenHash, @surveyId, @version, @subscriberId, @campaignId, @createdBy)
            """, new { tokenHash, surveyId, version, subscriberId, campaignId, createdBy }, cancellationToken: ct));
    }

    public async Task<SurveyLinkRow?> FindAsync(byte[] tokenHash, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<SurveyLinkRow>(new CommandDefinition(
            "select * from survey_links where token_hash = @tokenHash", new { tokenHash }, cancellationToken: ct));
    }

    /// <summary>Ties the link to its walk, so a reopened link resumes it.</summary>
    public async Task AttachSessionAsync(byte[] tokenHash, Guid sessionId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            "update survey_links set session_id = @sessionId where token_hash = @tokenHash and used_at is null",
            new { tokenHash, sessionId }, cancellationToken: ct));
    }

    /// <summary>Uses the link up; false when it was already used (a second finish is refused).</summary>
    public async Task<bool> ConsumeAsync(byte[] tokenHash, DateTimeOffset at, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition(
            "update survey_links set used_at = @at where token_hash = @tokenHash and used_at is null",
            new { tokenHash, at }, cancellationToken: ct)) == 1;
    }
}
