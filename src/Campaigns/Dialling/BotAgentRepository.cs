using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Dialling;

/// <summary>
/// The user rows of simulated agents (bots): "bot-001"... in a department. Inactive accounts with no usable password,
/// so nobody can sign in as one; they exist because attempts and state spans refer to agents by user id.
/// </summary>
public sealed class BotAgentRepository(NpgsqlDataSource db)
{
    /// <summary>Creates the missing bots 1..<paramref name="count"/> of the prefix and returns all their ids in order.</summary>
    public async Task<IReadOnlyList<int>> EnsureAsync(string prefix, int count, int departmentId, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var ids = await c.QueryAsync<int>(new CommandDefinition("""
            with wanted as (select @prefix || '-' || lpad(n::text, 4, '0') as username from generate_series(1, @count) n),
            added as (
                insert into users (username, display_name, password_hash, department_id, is_active)
                select username, 'Bot ' || username, '!', @departmentId, false from wanted
                on conflict (username) do nothing returning id, username)
            select coalesce(a.id, u.id) from wanted w
            left join added a on a.username = w.username left join users u on u.username = w.username
            order by w.username
            """, new { prefix, count, departmentId }, cancellationToken: ct));
        return ids.ToList();
    }
}
