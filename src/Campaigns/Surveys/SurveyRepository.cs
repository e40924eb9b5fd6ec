using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Surveys;

/// <summary>Surveys and their versions as JSON text; the model and its rules live in Outreach.Surveys.</summary>
public sealed class SurveyRepository(NpgsqlDataSource db)
{
    public const string Draft = "draft";
    public const string Published = "published";

    private const string ListSql = """
        select s.id, s.title, s.created_by, s.created_at,
               (select max(version) from survey_versions v where v.survey_id = s.id and v.status = 'published') as latest_published,
               (select version from survey_versions v where v.survey_id = s.id and v.status = 'draft') as draft_version
        from surveys s
        """;

    public async Task<IReadOnlyList<SurveyRecord>> ListAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<SurveyRecord>(new CommandDefinition(ListSql + " order by s.title, s.id", cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<SurveyRecord?> FindAsync(string id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<SurveyRecord>(new CommandDefinition(
            ListSql + " where s.id = @id", new { id }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<SurveyVersionRow>> VersionsAsync(string id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<SurveyVersionRow>(new CommandDefinition(
            "select * from survey_versions where survey_id = @id order by version", new { id }, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>Creates the survey with draft 1; false when the id is taken.</summary>
    public async Task<bool> CreateAsync(string id, string title, string json, string createdBy, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var created = await c.ExecuteAsync(new CommandDefinition(
            "insert into surveys (id, title, created_by) values (@id, @title, @createdBy) on conflict (id) do nothing",
            new { id, title, createdBy }, tx, cancellationToken: ct));
        if (created == 0) return false;
        await c.ExecuteAsync(new CommandDefinition(
            "insert into survey_versions (survey_id, version, status, json) values (@id, 1, 'draft', @json)",
            new { id, json }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>Writes the draft (creating it as <paramref name="version"/> if there is none); never touches a published version.</summary>
    public async Task<bool> SaveDraftAsync(string id, int version, string title, string json, int? basedOn, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var written = await c.ExecuteAsync(new CommandDefinition("""
            insert into survey_versions (survey_id, version, status, json, based_on, updated_at)
            values (@id, @version, 'draft', @json, @basedOn, now())
            on conflict (survey_id, version) do update set json = excluded.json, updated_at = now()
                where survey_versions.status = 'draft'
            """, new { id, version, json, basedOn }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(
            "update surveys set title = @title where id = @id", new { id, title }, tx, cancellationToken: ct));
        await tx.CommitAsync(ct);
        return written == 1;
    }

    /// <summary>Turns the draft into a published version; false when it is no longer a draft.</summary>
    public async Task<bool> PublishAsync(string id, int version, DateTimeOffset at, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var n = await c.ExecuteAsync(new CommandDefinition("""
            update survey_versions set status = 'published', published_at = @at, updated_at = @at
            where survey_id = @id and version = @version and status = 'draft'
            """, new { id, version, at }, cancellationToken: ct));
        return n == 1;
    }

    /// <summary>Pins a campaign to a published version (or unpins it with null).</summary>
    public async Task PinAsync(long campaignId, string? surveyId, int? version, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition(
            "update campaigns set survey_id = @surveyId, survey_version = @version where id = @campaignId",
            new { campaignId, surveyId, version }, cancellationToken: ct));
    }
}
