using Dapper;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Outreach.Campaigns.Users;

/// <summary>Users, their roles and password checks (passwords stored as Identity v3 PBKDF2 hashes).</summary>
public sealed class UserRepository(NpgsqlDataSource db)
{
    private static readonly PasswordHasher<string> Hasher = new();

    private const string SelectUsers = """
        select u.id, u.username, u.display_name, u.department_id, d.name as department_name, u.is_active, u.skills,
               coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
        from users u
        left join departments d on d.id = u.department_id
        left join user_roles r on r.user_id = u.id
        """;

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var rows = await c.QueryAsync<UserRow>(new CommandDefinition(
            SelectUsers + " group by u.id, d.name order by u.username", cancellationToken: ct));
        return rows.Select(r => r.ToAccount()).ToList();
    }

    public async Task<UserAccount?> FindAsync(string username, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var row = await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(
            SelectUsers + " where u.username = @username group by u.id, d.name", new { username }, cancellationToken: ct));
        return row?.ToAccount();
    }

    /// <summary>The user's skills (D4 routing), none for an unknown user.</summary>
    public async Task<IReadOnlyList<string>> SkillsAsync(int id, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        return await c.QuerySingleOrDefaultAsync<string[]>(new CommandDefinition(
            "select skills from users where id = @id", new { id }, cancellationToken: ct)) ?? [];
    }

    /// <summary>The active account whose password matches, or null; never says which part was wrong.</summary>
    public async Task<UserAccount?> VerifyPasswordAsync(string username, string password, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var hash = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select password_hash from users where username = @username and is_active", new { username }, cancellationToken: ct));
        if (hash is null) return null;
        var verdict = Hasher.VerifyHashedPassword(username, hash, password);
        return verdict == PasswordVerificationResult.Failed ? null : await FindAsync(username, ct);
    }

    /// <summary>Creates the user, or returns null when the username is taken.</summary>
    public async Task<UserAccount?> CreateAsync(NewUser user, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var id = await c.QuerySingleOrDefaultAsync<int?>(new CommandDefinition("""
            insert into users (username, display_name, password_hash, department_id, skills)
            values (@Username, @DisplayName, @hash, @DepartmentId, @skills)
            on conflict (username) do nothing returning id
            """, new { user.Username, user.DisplayName, hash = Hasher.HashPassword(user.Username, user.Password), user.DepartmentId,
                skills = UserValidation.NormalizeSkills(user.Skills) },
            tx, cancellationToken: ct));
        if (id is null) return null;
        await SetRolesAsync(c, tx, id.Value, user.Roles, ct);
        await tx.CommitAsync(ct);
        return await FindAsync(user.Username, ct);
    }

    /// <summary>Changes the account; <paramref name="skills"/> null keeps the current ones.</summary>
    public async Task<bool> UpdateAsync(int id, string displayName, int? departmentId, bool isActive, IReadOnlyList<string> roles,
        IReadOnlyList<string>? skills, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var changed = await c.ExecuteAsync(new CommandDefinition("""
            update users set display_name = @displayName, department_id = @departmentId, is_active = @isActive,
                             skills = coalesce(@skills, skills)
            where id = @id
            """, new { id, displayName, departmentId, isActive, skills = skills is null ? null : UserValidation.NormalizeSkills(skills) },
            tx, cancellationToken: ct));
        if (changed == 0) return false;
        await SetRolesAsync(c, tx, id, roles, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<bool> SetPasswordAsync(int id, string password, CancellationToken ct)
    {
        await using var c = await db.OpenConnectionAsync(ct);
        var username = await c.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "select username from users where id = @id", new { id }, cancellationToken: ct));
        if (username is null) return false;
        await c.ExecuteAsync(new CommandDefinition("update users set password_hash = @hash where id = @id",
            new { id, hash = Hasher.HashPassword(username, password) }, cancellationToken: ct));
        return true;
    }

    private static async Task SetRolesAsync(NpgsqlConnection c, NpgsqlTransaction tx, int userId, IReadOnlyList<string> roles, CancellationToken ct)
    {
        await c.ExecuteAsync(new CommandDefinition("delete from user_roles where user_id = @userId", new { userId }, tx, cancellationToken: ct));
        await c.ExecuteAsync(new CommandDefinition(
            "insert into user_roles (user_id, role) select @userId, unnest(@roles)",
            new { userId, roles = roles.Distinct().ToArray() }, tx, cancellationToken: ct));
    }

    private sealed class UserRow
    {
        public int Id { get; init; }
        public string Username { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public int? DepartmentId { get; init; }
        public string? DepartmentName { get; init; }
        public bool IsActive { get; init; }
        public string[] Roles { get; init; } = [];
        public string[] Skills { get; init; } = [];

        public UserAccount ToAccount() => new()
        {
            Id = Id, Username = Username, DisplayName = DisplayName, DepartmentId = DepartmentId,
            DepartmentName = DepartmentName, IsActive = IsActive, Roles = Roles, Skills = Skills,
        };
    }
}
