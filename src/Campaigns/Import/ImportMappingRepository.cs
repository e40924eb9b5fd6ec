using System.Text.Json;
using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Import;

/// <summary>Saves and finds the column mapping last used for a source name.</summary>
public sealed class ImportMappingRepository(NpgsqlDataSource db)
{
    public async Task<ColumnMapping?> FindAsync(string source, ImportKind kind, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var json = await c.ExecuteScalarAsync<string?>(new CommandDefinition(
            "select mapping::text from import_mappings where source = @source and kind = @kind",
            new { source, kind = KindName(kind) }, cancellationToken: ct));
        return json is null ? null : new ColumnMapping(JsonSerializer.Deserialize<Dictionary<string, string>>(json)!);
    }

    public async Task SaveAsync(string source, ImportKind kind, ColumnMapping mapping, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await c.ExecuteAsync(new CommandDefinition("""
            insert into import_mappings (source, kind, mapping) values (@source, @kind, @mapping::jsonb)
            on conflict (source, kind) do update set mapping = excluded.mapping, updated_at = now()
            where import_mappings.mapping is distinct from excluded.mapping
            """, new { source, kind = KindName(kind), mapping = JsonSerializer.Serialize(mapping.Columns) }, cancellationToken: ct));
    }

    internal static string KindName(ImportKind kind) => kind == ImportKind.Facts ? "facts" : "subscribers";
}
