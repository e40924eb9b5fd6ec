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

    [Theory]
    [InlineData("spanish speaker")]
    [InlineData("é")]
    public void A_skill_that_is_not_a_short_tag_is_refused(string skill) =>
        Assert.Contains("skills", UserValidation.Validate(new NewUser("agent.7", "Agent Seven", "long-enough", 1, [Role.Agent], [skill])).Keys);

    [Fact]
    public void Skills_are_trimmed_lower_cased_and_kept_once() =>
        Assert.Equal(["es", "en"], UserValidation.NormalizeSkills([" ES", "en", "", "es"]));
}
