using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Campaigns.Storage;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests;

public sealed class SchemaMigratorTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task Applying_migrations_to_a_current_database_changes_nothing()
    {
        var applied = await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance)
            .MigrateAsync(db.ConnectionString, TestContext.Current.CancellationToken);
        Assert.Empty(applied);
    }

    [Fact]
    public async Task Migrating_an_empty_database_twice_applies_each_script_once()
    {
        await using var fresh = await TestDatabase.CreateAsync(TestContext.Current.CancellationToken);
        await using (var c = await fresh.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken))
            await c.ExecuteAsync("drop schema public cascade; create schema public;");
        var migrator = new SchemaMigrator(NullLogger<SchemaMigrator>.Instance);
        var first = await migrator.MigrateAsync(fresh.ConnectionString, TestContext.Current.CancellationToken);
        var second = await migrator.MigrateAsync(fresh.ConnectionString, TestContext.Current.CancellationToken);
        Assert.Contains(first, s => s.EndsWith("0001_initial_schema.sql"));
        Assert.Empty(second);
        await using var check = await fresh.DataSource.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var tables = (await check.QueryAsync<string>("select table_name from information_schema.tables where table_schema = 'public'")).ToHashSet();
        foreach (var t in new[] { "users", "roles", "departments", "subscribers", "subscriber_facts", "campaigns", "contact_lists",
                                   "contact_list_entries", "attempts", "dispositions", "dnc", "audit_log", "grain_state" })
            Assert.Contains(t, tables);
    }
}
