using System.Reflection;
using DbUp;
using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Outreach.Campaigns.Storage;

/// <summary>Applies the numbered scripts under Migrations/ that the database has not seen yet.</summary>
public sealed class SchemaMigrator(ILogger<SchemaMigrator> logger)
{
    // Any constant works: it only has to be the same in every process that migrates.
    private const long MigrationLockKey = 0x4F55_5452_4541_4348;

    /// <summary>Runs pending migrations under an advisory lock, so two starting processes never race.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(string connectionString, CancellationToken ct)
    {
        await using var lockConnection = new NpgsqlConnection(connectionString);
        await lockConnection.OpenAsync(ct);
        await using (var take = new NpgsqlCommand("select pg_advisory_lock(@k)", lockConnection))
        {
            take.Parameters.AddWithValue("k", MigrationLockKey);
            await take.ExecuteNonQueryAsync(ct);
        }
        try
        {
            return Upgrade(connectionString);
        }
        finally
        {
            await using var release = new NpgsqlCommand("select pg_advisory_unlock(@k)", lockConnection);
            release.Parameters.AddWithValue("k", MigrationLockKey);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private List<string> Upgrade(string connectionString)
    {
        var engine = DeployChanges.To
            .PostgresqlDatabase(connectionString)
            .WithScriptsEmbeddedInAssembly(Assembly.GetExecutingAssembly(), name => name.Contains(".Migrations."))
            .WithTransactionPerScript()
            .LogTo(new DbUpLog(logger))
            .Build();
        var result = engine.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
        var applied = result.Scripts.Select(s => s.Name).ToList();
        logger.LogInformation("Schema is current; {Count} migration(s) applied now", applied.Count);
        return applied;
    }

    private sealed class DbUpLog(ILogger log) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) => log.LogTrace(format, args);
        public void LogDebug(string format, params object[] args) => log.LogDebug(format, args);
        public void LogInformation(string format, params object[] args) => log.LogDebug(format, args);
        public void LogWarning(string format, params object[] args) => log.LogWarning(format, args);
        public void LogError(string format, params object[] args) => log.LogError(format, args);
        public void LogError(Exception ex, string format, params object[] args) => log.LogError(ex, format, args);
    }
}
