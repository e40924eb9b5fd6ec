using Dapper;
using Npgsql;

namespace Outreach.Campaigns.Users;

/// <summary>Departments: list, create, rename.</summary>
public sealed class DepartmentRepository(NpgsqlDataSource db)
{
    public async Task<IReadOnlyList<Department>> ListAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<Department>(new CommandDefinition("""
            select d.id, d.name, count(u.id)::int as user_count
            from departments d left join users u on u.department_id = d.id
            group by d.id order by d.name
            """, cancellationToken: ct));
        return rows.ToList();
    }

    /// <summary>The new department's id, or null when the name is taken.</summary>
    public async Task<int?> CreateAsync(string name, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(
            "insert into departments (name) values (@name) on conflict (name) do nothing returning id",
            new { name = name.Trim() }, cancellationToken: ct));
    }

    public async Task<bool> RenameAsync(int id, string name, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        try
        {
            return await c.ExecuteAsync(new CommandDefinition("update departments set name = @name where id = @id",
                new { id, name = name.Trim() }, cancellationToken: ct)) == 1;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return false;
        }
    }
}
