using System.Text.Json;
using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Audit;

/// <summary>Appends to and reads the audit log.</summary>
public sealed class AuditLog(NpgsqlDataSource db)
{
    public async Task RecordAsync(string actor, string action, string entity, string? entityId, object? details, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("""
            insert into audit_log (actor, action, entity, entity_id, details) values (@actor, @action, @entity, @entityId, @details::jsonb)
            """, new { actor, action, entity, entityId, details = JsonSerializer.Serialize(details ?? new { }) }, cancellationToken: ct));
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int limit, string? entity, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<AuditEntry>(new CommandDefinition("""
            select id, at, actor, action, entity, entity_id, details::text as details from audit_log
            where @entity::text is null or entity = @entity order by id desc limit @limit
            """, new { limit = Math.Clamp(limit, 1, 1000), entity }, cancellationToken: ct));
        return rows.ToList();
    }
}
