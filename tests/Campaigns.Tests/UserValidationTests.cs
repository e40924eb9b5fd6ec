using Outreach.Campaigns.Users;

namespace Outreach.Campaigns.Tests;

public sealed class UserValidationTests
{
    [Fact]
    public void Validation_names_each_bad_field()
    {
        var errors = UserValidation.Validate(new NewUser("A B", "", "short", null, ["pilot"]));
        Assert.Equal(["displayName", "password", "roles", "username"], errors.Keys.Order());
    }

    [Fact]
    public void A_well_formed_user_has_no_errors() =>
        Assert.Empty(UserValidation.Validate(new NewUser("agent.7", "Agent Seven", "long-enough", 1, [Role.Agent])));
}
