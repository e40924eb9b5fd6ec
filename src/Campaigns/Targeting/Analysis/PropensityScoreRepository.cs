using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Outreach.Campaigns.Targeting.Analysis;

/// <summary>T4 storage: past outcomes to learn from, and the scores per subscriber and campaign type (migration 0004).</summary>
public sealed class PropensityScoreRepository(NpgsqlDataSource db)
{
    /// <summary>Campaigns with at least one attempt that ended in a disposition, oldest first.</summary>
    public async Task<IReadOnlyList<OutcomeCampaign>> CampaignsWithOutcomesAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return (await c.QueryAsync<OutcomeCampaign>(new CommandDefinition($"""
            select c.id, c.name, count(*) as outcomes, count(*) filter (where o.accepted) as accepted
            from ({OutcomeSql}) o join campaigns c on c.id = o.campaign_id
            group by c.id, c.name order by c.id
            """, new { campaignId = (long?)null }, cancellationToken: ct))).ToArray();
    }

    /// <summary>
    /// Each contacted subscriber's last outcome (accepted = a success disposition, the campaign's own list first),
    /// in one campaign or in all.
    /// </summary>
    public async Task<IReadOnlyDictionary<long, bool>> OutcomesAsync(long? campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<(long SubscriberId, bool Accepted)>(new CommandDefinition($"""
            select distinct on (o.subscriber_id) o.subscriber_id, o.accepted from ({OutcomeSql}) o
            order by o.subscriber_id, o.created_at desc
            """, new { campaignId }, cancellationToken: ct));
        return rows.ToDictionary(r => r.SubscriberId, r => r.Accepted);
    }

    private const string OutcomeSql = """
        select a.campaign_id, a.subscriber_id, a.created_at, coalesce(dc.is_success, dd.is_success, false) as accepted
        from attempts a
        left join dispositions dc on dc.campaign_id = a.campaign_id and dc.code = a.disposition_code
        left join dispositions dd on dd.campaign_id is null and dd.code = a.disposition_code
        where a.disposition_code is not null and (@campaignId::bigint is null or a.campaign_id = @campaignId)
        """;

    /// <summary>Replaces a campaign type's scores with a new model's, in one transaction.</summary>
    public async Task ReplaceAsync(string campaignType, int modelVersion, long[] subscriberIds, float[] scores, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Length, subscriberIds.Length);
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("delete from propensity_scores where campaign_type = @campaignType",
            new { campaignType }, tx, BulkWrite.TimeoutSeconds, cancellationToken: ct));
        await using (var writer = await c.BeginBinaryImportAsync(
            "copy propensity_scores (subscriber_id, campaign_type, score, model_version) from stdin (format binary)", ct))
        {
            writer.Timeout = BulkWrite.Timeout;
            for (var i = 0; i < subscriberIds.Length; i++)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(subscriberIds[i], NpgsqlDbType.Bigint, ct);
                await writer.WriteAsync(campaignType, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(Math.Clamp(scores[i], 0f, 1f), NpgsqlDbType.Real, ct);
                await writer.WriteAsync(modelVersion, NpgsqlDbType.Integer, ct);
            }
            await writer.CompleteAsync(ct);
        }
        await tx.CommitAsync(ct);
    }

    /// <summary>The highest scored subscribers of a campaign type.</summary>
    public async Task<IReadOnlyList<ScoredSubscriber>> TopAsync(string campaignType, int limit, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return (await c.QueryAsync<ScoredSubscriber>(new CommandDefinition("""
            select s.id, s.first_name, s.last_name, s.phone, s.tariff, p.score
            from propensity_scores p join subscribers s on s.id = p.subscriber_id
            where p.campaign_type = @campaignType order by p.score desc, s.id limit @limit
            """, new { campaignType, limit }, cancellationToken: ct))).ToArray();
    }

    /// <summary>How many subscribers hold a score of this campaign type.</summary>
    public async Task<long> CountAsync(string campaignType, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from propensity_scores where campaign_type = @campaignType", new { campaignType }, cancellationToken: ct));
    }
}
