using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>Do-not-call lists (S4): global (campaign null) and per campaign; changes are audited by callers.</summary>
public sealed class DncRepository(NpgsqlDataSource db)
{
    /// <summary>Adds the phone; false when it was already listed for that scope.</summary>
    public async Task<bool> AddAsync(string phone, long? campaignId, string reason, string addedBy, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition("""
            insert into dnc (phone, campaign_id, reason, added_by) values (@phone, @campaignId, @reason, @addedBy)
            on conflict (phone, campaign_id) do nothing
            """, new { phone, campaignId, reason, addedBy }, cancellationToken: ct)) == 1;
    }

    public async Task<bool> RemoveAsync(string phone, long? campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteAsync(new CommandDefinition(
            "delete from dnc where phone = @phone and campaign_id is not distinct from @campaignId",
            new { phone, campaignId }, cancellationToken: ct)) == 1;
    }

    /// <summary>True when the phone may not be called by this campaign: on the global list or the campaign's.</summary>
    public async Task<bool> IsBlockedAsync(string phone, long campaignId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.ExecuteScalarAsync<bool>(new CommandDefinition(
            "select exists (select 1 from dnc where phone = @phone and (campaign_id is null or campaign_id = @campaignId))",
            new { phone, campaignId }, cancellationToken: ct));
    }
}
