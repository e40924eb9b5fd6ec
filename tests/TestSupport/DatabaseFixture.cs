using Npgsql;

namespace Outreach.TestSupport;

/// <summary>xunit class fixture: one fresh database per test class.</summary>
public sealed class DatabaseFixture : Xunit.IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("Fixture not initialised.");
    public NpgsqlDataSource DataSource => Database.DataSource;
    public string ConnectionString => Database.ConnectionString;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}
