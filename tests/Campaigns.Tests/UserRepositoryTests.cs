using Outreach.Campaigns.Users;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests;

public sealed class UserRepositoryTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private readonly UserRepository _users = new(db.DataSource);
    private readonly DepartmentRepository _departments = new(db.DataSource);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_created_user_signs_in_with_its_password_only()
    {
        var department = await _departments.CreateAsync("Sales-" + Guid.NewGuid().ToString("N")[..6], Ct);
        var created = await _users.CreateAsync(new NewUser("alice", "Alice A", "correct horse", department, [Role.Marketer, Role.Manager]), Ct);
        Assert.NotNull(created);
        Assert.Equal(["manager", "marketer"], created.Roles);

        var ok = await _users.VerifyPasswordAsync("alice", "correct horse", Ct);
        Assert.Equal("Alice A", ok?.DisplayName);
        Assert.Null(await _users.VerifyPasswordAsync("alice", "wrong", Ct));
        Assert.Null(await _users.VerifyPasswordAsync("nobody", "correct horse", Ct));
    }

    [Fact]
    public async Task The_password_is_stored_hashed()
    {
        await _users.CreateAsync(new NewUser("bob", "Bob", "plain-text-secret", null, [Role.Agent]), Ct);
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        var hash = await Dapper.SqlMapper.ExecuteScalarAsync<string>(c, "select password_hash from users where username = 'bob'");
        Assert.DoesNotContain("plain-text-secret", hash);
        Assert.True(hash!.Length > 40);
    }

    [Fact]
    public async Task A_taken_username_is_refused()
    {
        Assert.NotNull(await _users.CreateAsync(new NewUser("carol", "Carol", "password1", null, [Role.Agent]), Ct));
        Assert.Null(await _users.CreateAsync(new NewUser("carol", "Other", "password2", null, [Role.Admin]), Ct));
    }

    [Fact]
    public async Task A_deactivated_user_cannot_sign_in()
    {
        var dave = await _users.CreateAsync(new NewUser("dave", "Dave", "password1", null, [Role.Agent]), Ct);
        await _users.UpdateAsync(dave!.Id, "Dave", null, isActive: false, [Role.Agent], null, Ct);
        Assert.Null(await _users.VerifyPasswordAsync("dave", "password1", Ct));
    }

    [Fact]
    public async Task Roles_and_password_can_be_changed()
    {
        var erin = await _users.CreateAsync(new NewUser("erin", "Erin", "password1", null, [Role.Agent]), Ct);
        await _users.UpdateAsync(erin!.Id, "Erin E", null, true, [Role.Manager], null, Ct);
        await _users.SetPasswordAsync(erin.Id, "new-password", Ct);
        var signedIn = await _users.VerifyPasswordAsync("erin", "new-password", Ct);
        Assert.Equal(["manager"], signedIn!.Roles);
        Assert.Equal("Erin E", signedIn.DisplayName);
    }

    [Fact]
    public async Task Department_names_are_unique()
    {
        var name = "Care-" + Guid.NewGuid().ToString("N")[..6];
        Assert.NotNull(await _departments.CreateAsync(name, Ct));
        Assert.Null(await _departments.CreateAsync(name, Ct));
        Assert.Contains(await _departments.ListAsync(Ct), d => d.Name == name);
    }
}
