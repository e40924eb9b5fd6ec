using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Outreach.EndToEnd.Support;

/// <summary>A row held FOR UPDATE by an open transaction of the test, released (rolled back) on dispose.</summary>
public sealed class RowLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;

    private RowLock(NpgsqlConnection connection, NpgsqlTransaction transaction) => (_connection, _transaction) = (connection, transaction);

    /// <summary>Holds a campaign's row: whatever locks it too (a freeze, a status change) waits until dispose.</summary>
    public static async Task<IAsyncDisposable> CampaignAsync(IServiceProvider services, long campaignId)
    {
        var connection = await services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("select 1 from campaigns where id = @id for update", connection, transaction);
        command.Parameters.AddWithValue("id", campaignId);
        if (await command.ExecuteScalarAsync() is null) throw new InvalidOperationException($"Campaign {campaignId} does not exist.");
        return new RowLock(connection, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _connection.DisposeAsync();
    }
}
