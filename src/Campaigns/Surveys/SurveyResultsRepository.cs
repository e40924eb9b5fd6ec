using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Surveys;

/// <summary>Counts answers and paths of stored walks (test walks from the designer's test page included, marked by their channel).</summary>
public sealed class SurveyResultsRepository(NpgsqlDataSource db)
{
    private const string Sessions = """
        select * from survey_sessions s
        where s.survey_id = @SurveyId
          and (@Version::int is null or s.version = @Version)
          and (@CampaignId::bigint is null or s.campaign_id = @CampaignId)
          and (@From::timestamptz is null or s.started_at >= @From)
          and (@To::timestamptz is null or s.started_at < @To)
        """;

    public async Task<IReadOnlyList<AnswerCountRow>> AnswerCountsAsync(ResultsFilter filter, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<AnswerCountRow>(new CommandDefinition($"""
            with s as ({Sessions})
            select a.step_id, a.value, count(*) as count
            from survey_answers a join s on s.id = a.session_id
            where a.discarded_at is null group by a.step_id, a.value order by a.step_id, count desc
            """, filter, cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<IReadOnlyList<PathCountRow>> PathCountsAsync(ResultsFilter filter, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<PathCountRow>(new CommandDefinition($"""
            with s as ({Sessions})
            select coalesce(p.path, '') as path, s.status, count(*) as count
            from s left join lateral (
                select string_agg(a.step_id, ' > ' order by a.answered_at, a.id) as path
                from survey_answers a where a.session_id = s.id and a.discarded_at is null) p on true
            group by 1, 2 order by count desc, path
            """, filter, cancellationToken: ct));
        return rows.ToList();
    }

    public async Task<IReadOnlyList<AnswerExportRow>> ExportRowsAsync(ResultsFilter filter, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<AnswerExportRow>(new CommandDefinition($"""
            with s as ({Sessions})
            select s.id as session_id, s.version, s.subscriber_id, s.campaign_id, s.channel, s.status,
                   a.step_id, a.value, a.answered_at
            from survey_answers a join s on s.id = a.session_id
            where a.discarded_at is null order by s.started_at, s.id, a.answered_at, a.id limit 1000000
            """, filter, cancellationToken: ct));
        return rows.ToList();
    }
}
