using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>One choice of the disposition list an agent picks from at the end of a call.</summary>
public sealed record DispositionOption(string Code, string Label, bool IsSuccess);

/// <summary>The configurable disposition lists: a campaign's own rows, else the default list every campaign starts with.</summary>
public sealed class DispositionRepository(NpgsqlDataSource db)
{
    /// <summary>The campaign's dispositions in the order they were defined; the defaults when it has none of its own.</summary>
    public async Task<IReadOnlyList<DispositionOption>> ListAsync(long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<DispositionOption>(new CommandDefinition("""
            select code, label, is_success as IsSuccess from dispositions
            where campaign_id = @campaignId
               or (campaign_id is null and not exists (select 1 from dispositions where campaign_id = @campaignId))
            order by id
            """, new { campaignId }, cancellationToken: ct));
        return rows.ToList();
    }
}
