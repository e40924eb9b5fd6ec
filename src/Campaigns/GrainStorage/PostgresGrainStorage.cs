using Dapper;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Runtime;
using Orleans.Storage;

namespace Outreach.Campaigns.GrainStorage;

/// <summary>
/// Orleans grain state in one PostgreSQL table. Every write carries the etag it read; a write
/// whose etag is stale (another activation wrote meanwhile) is rejected with
/// <see cref="InconsistentStateException"/>, so two activations can never silently overwrite each other.
/// </summary>
public sealed partial class PostgresGrainStorage(
    string providerName, NpgsqlDataSource db, IGrainStorageSerializer serializer, ILogger<PostgresGrainStorage> logger) : IGrainStorage
{
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var c = await db.OpenConnectionAsync();
        var row = await c.QuerySingleOrDefaultAsync<StoredState>(
            "select state, etag from grain_state where grain_type = @type and grain_id = @id", Key(stateName, grainId));
        if (row is null)
        {
            grainState.State = CreateDefault<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        grainState.State = serializer.Deserialize<T>(BinaryData.FromBytes(row.State));
        grainState.ETag = row.Etag;
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        var newEtag = Guid.NewGuid().ToString("N");
        var bytes = serializer.Serialize(grainState.State).ToArray();
        await using var c = await db.OpenConnectionAsync();
        var written = grainState.ETag is null
            ? await c.ExecuteAsync("""
                insert into grain_state (grain_type, grain_id, state, etag) values (@type, @id, @bytes, @newEtag)
                on conflict (grain_type, grain_id) do nothing
                """, new { key.Type, key.Id, bytes, newEtag })
            : await c.ExecuteAsync("""
                update grain_state set state = @bytes, etag = @newEtag, updated_at = now()
                where grain_type = @type and grain_id = @id and etag = @oldEtag
                """, new { key.Type, key.Id, bytes, newEtag, oldEtag = grainState.ETag });
        if (written == 0) await ThrowConflictAsync(c, key, grainState.ETag, "write");
        grainState.ETag = newEtag;
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        await using var c = await db.OpenConnectionAsync();
        if (grainState.ETag is not null)
        {
            var deleted = await c.ExecuteAsync(
                "delete from grain_state where grain_type = @type and grain_id = @id and etag = @etag",
                new { key.Type, key.Id, etag = grainState.ETag });
            if (deleted == 0) await ThrowConflictAsync(c, key, grainState.ETag, "clear");
        }
        grainState.State = CreateDefault<T>();
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private async Task ThrowConflictAsync(NpgsqlConnection c, StateKey key, string? expected, string operation)
    {
        var current = await c.QuerySingleOrDefaultAsync<string>(
            "select etag from grain_state where grain_type = @type and grain_id = @id", new { key.Type, key.Id });
        LogConflict(logger, providerName, operation, key.Type, key.Id, expected, current);
        throw new InconsistentStateException(
            $"Grain state {key.Type}/{key.Id} was changed by someone else ({operation} expected etag {expected ?? "none"}).",
            current ?? "", expected ?? "");
    }

    private static StateKey Key(string stateName, GrainId grainId) =>
        new($"{grainId.Type}/{stateName}", grainId.Key.ToString()!);

    private sealed record StateKey(string Type, string Id);

    private static T CreateDefault<T>() => Activator.CreateInstance<T>();

    private sealed record StoredState(byte[] State, string Etag);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Storage {Provider}: {Operation} of {GrainType}/{GrainKey} rejected, etag {Expected} is stale (current {Current})")]
    private static partial void LogConflict(ILogger logger, string provider, string operation, string grainType, string grainKey, string? expected, string? current);
}
