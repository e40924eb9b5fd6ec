using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Outreach.Campaigns.Import;

/// <summary>Loads parsed rows into a temporary staging table by binary COPY and merges them into the base.</summary>
internal sealed class ImportStage(NpgsqlConnection connection, NpgsqlTransaction transaction, ImportSchema schema)
{
    public async Task CreateAsync(CancellationToken ct)
    {
        await ExecuteAsync(MergeSql.Settings, ct);
        await ExecuteAsync(MergeSql.CreateRaw(schema), ct);
    }

    public async Task CopyAsync(IReadOnlyList<ParsedRow> rows, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var types = schema.Fields.Select(f => DbType(f.Kind)).ToArray();
        await using var w = await connection.BeginBinaryImportAsync(MergeSql.Copy(schema), ct);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            await w.StartRowAsync(ct);
            await w.WriteAsync(row.Line, NpgsqlDbType.Integer, ct);
            for (var i = 0; i < types.Length; i++)
            {
                if (row.Values[i] is { } value) await w.WriteAsync(value, types[i], ct);
                else await w.WriteNullAsync(ct);
            }
            if ((r + 1) % 50_000 == 0) progress?.Report(new ImportProgress("load", r + 1));
        }
        await w.CompleteAsync(ct);
    }

    /// <summary>Matches, rejects conflicts and upserts; returns (inserted, updated, staged, rejections).</summary>
    public async Task<(long Inserted, long Updated, long Staged, List<RowError> Rejected)> MergeAsync(CancellationToken ct)
    {
        await ExecuteAsync(MergeSql.Match, ct);
        var rejected = new List<RowError>();
        foreach (var sql in new[] { MergeSql.RejectConflicts(schema), MergeSql.RejectSameTarget })
        {
            var rows = await connection.QueryAsync<(int Line, string Reason)>(
                new CommandDefinition(sql, transaction: transaction, cancellationToken: ct));
            rejected.AddRange(rows.Select(r => new RowError(r.Line, null, r.Reason)));
        }
        var rebuild = await SetAsideSearchIndexesAsync(ct);
        var counts = await connection.QuerySingleAsync<(long Inserted, long Updated, long Staged)>(
            new CommandDefinition(MergeSql.Upsert(schema), transaction: transaction, commandTimeout: 600, cancellationToken: ct));
        foreach (var definition in rebuild)
            await ExecuteAsync(definition, ct);
        return (counts.Inserted, counts.Updated, counts.Staged, rejected);
    }

    // A bulk load (more new rows than the base holds) builds the trigram search index once instead of row by row,
    // which is most of a million-row insert. The table is locked by the load anyway; the index is back at commit.
    private async Task<IReadOnlyList<string>> SetAsideSearchIndexesAsync(CancellationToken ct)
    {
        if (schema.Kind != ImportKind.Subscribers) return [];
        var bulk = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(MergeSql.IsBulkLoad, transaction: transaction, cancellationToken: ct));
        if (!bulk) return [];
        var indexes = (await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition(
            MergeSql.SearchIndexes, transaction: transaction, cancellationToken: ct))).ToList();
        foreach (var (name, _) in indexes)
            await ExecuteAsync($"drop index \"{name}\"", ct);
        return indexes.Select(i => i.Definition).ToList();
    }

    private Task ExecuteAsync(string sql, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, commandTimeout: 600, cancellationToken: ct));

    private static NpgsqlDbType DbType(ImportValueKind kind) => kind switch
    {
        ImportValueKind.Date => NpgsqlDbType.Date,
        ImportValueKind.Decimal => NpgsqlDbType.Numeric,
        ImportValueKind.Integer => NpgsqlDbType.Integer,
        ImportValueKind.Boolean => NpgsqlDbType.Boolean,
        ImportValueKind.TextList => NpgsqlDbType.Array | NpgsqlDbType.Text,
        _ => NpgsqlDbType.Text,
    };
}
