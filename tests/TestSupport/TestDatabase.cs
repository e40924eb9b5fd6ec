using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Outreach.Campaigns.Storage;

namespace Outreach.TestSupport;

/// <summary>
/// A fresh, migrated database on the PostgreSQL server that test.sh starts (OUTREACH_TEST_DB), copied from a
/// migrated template so each test class starts from a clean schema in milliseconds. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private const long TemplateLockKey = 0x7465_7374_6462;

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string Name { get; }
    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }

    /// <summary>The server connection string test.sh exported; a clear failure when tests are run without it.</summary>
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("OUTREACH_TEST_DB") is { Length: > 0 } cs ? cs
            : throw new InvalidOperationException(
                "OUTREACH_TEST_DB is not set: run the tests through ./test.sh, which starts a throwaway PostgreSQL, " +
                "or export OUTREACH_TEST_DB=\"Host=...;Port=...;Username=...;Password=...\" for a server you own.");

    public static async Task<TestDatabase> CreateAsync(CancellationToken ct = default)
    {
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        var template = await EnsureTemplateAsync(server, ct);
        var name = "t_" + Guid.NewGuid().ToString("N")[..16];
        await WithServerLockAsync(server, async c =>
        {
            await using var create = new NpgsqlCommand($"create database \"{name}\" template \"{template}\"", c);
            await create.ExecuteNonQueryAsync(ct);
        }, ct);
        var cs = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;
        return new TestDatabase(name, cs);
    }

    private static async Task<string> EnsureTemplateAsync(NpgsqlConnectionStringBuilder server, CancellationToken ct)
    {
        var template = "tpl_" + MigrationsHash();
        await TemplateGate.WaitAsync(ct);
        try
        {
            await WithServerLockAsync(server, async c =>
            {
                await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = @n", c);
                exists.Parameters.AddWithValue("n", template);
                if (await exists.ExecuteScalarAsync(ct) is not null) return;
                await using (var create = new NpgsqlCommand($"create database \"{template}\"", c))
                    await create.ExecuteNonQueryAsync(ct);
                var cs = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = template, Pooling = false };
                await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(cs.ConnectionString, ct);
            }, ct);
        }
        finally
        {
            TemplateGate.Release();
        }
        return template;
    }

    // Test projects run in parallel processes: a server-wide advisory lock serialises template work.
    private static async Task WithServerLockAsync(NpgsqlConnectionStringBuilder server, Func<NpgsqlConnection, Task> work, CancellationToken ct)
    {
        await using var c = new NpgsqlConnection(server.ConnectionString);
        await c.OpenAsync(ct);
        await using (var take = new NpgsqlCommand($"select pg_advisory_lock({TemplateLockKey})", c))
            await take.ExecuteNonQueryAsync(ct);
        try { await work(c); }
        finally
        {
            await using var release = new NpgsqlCommand($"select pg_advisory_unlock({TemplateLockKey})", c);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static string MigrationsHash()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var text = new StringBuilder();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql")).Order())
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            text.Append(name).Append(reader.ReadToEnd());
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12].ToLowerInvariant();
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        var server = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var c = new NpgsqlConnection(server.ConnectionString);
        await c.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{Name}\" with (force)", c);
        await drop.ExecuteNonQueryAsync();
    }
}
