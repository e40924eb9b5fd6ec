using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Outreach.Campaigns.Storage;

namespace Outreach.Benchmarks.Import;

/// <summary>A freshly migrated database of the benchmark's own on OUTREACH_DB's server (or the dev server), dropped on dispose.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private const string DevServer = "Host=127.0.0.1;Port=55432;Username=outreach;Password=devpass;Database=postgres";
    private readonly NpgsqlConnectionStringBuilder server;
    private readonly string name;

    private BenchDatabase(NpgsqlConnectionStringBuilder server, string name)
    {
        this.server = server;
        this.name = name;
        DataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString);
    }

    public NpgsqlDataSource DataSource { get; }

    public static async Task<BenchDatabase> CreateAsync(string purpose)
    {
        var cs = Environment.GetEnvironmentVariable("OUTREACH_DB") is { Length: > 0 } db ? db : DevServer;
        var server = new NpgsqlConnectionStringBuilder(cs) { Database = "postgres", Pooling = false };
        var name = $"bench_{purpose}_{Environment.ProcessId}";
        await ExecuteAsync(server, $"create database \"{name}\"");
        var bench = new BenchDatabase(server, name);
        var target = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(target, CancellationToken.None);
        return bench;
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"drop database if exists \"{name}\" with (force)");
    }

    private static async Task ExecuteAsync(NpgsqlConnectionStringBuilder server, string sql)
    {
        await using var c = new NpgsqlConnection(server.ConnectionString);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }
}
