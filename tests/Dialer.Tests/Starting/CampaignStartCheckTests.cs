using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Compliance;
using Outreach.Dialer.Starting;

namespace Outreach.Dialer.Tests.Starting;

public sealed class CampaignStartCheckTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly CampaignStartFacts Ready = new()
    {
        ContactsToCall = 500, AgentsLoggedIn = 10, CallerId = "+442071234567",
        Profile = JurisdictionProfile.UnitedKingdom, ContactTimeZones = ["Europe/London"], Now = Noon,
    };

    private static StartProblem Single(CampaignStartFacts facts) => Assert.Single(CampaignStartCheck.Check(facts));

    [Fact]
    public void Campaign_with_contacts_agents_caller_id_inside_hours_can_start() =>
        Assert.Empty(CampaignStartCheck.Check(Ready));

    [Fact]
    public void Campaign_without_contacts_says_so() =>
        Assert.Equal("contactList", Single(Ready with { ContactsToCall = 0 }).Field);

    [Fact]
    public void Agent_campaign_without_agents_says_so_but_a_message_campaign_starts()
    {
        Assert.Equal("No agent is logged in to this campaign: agent calls cannot start until at least one agent logs in.",
            Single(Ready with { AgentsLoggedIn = 0 }).Message);
        Assert.Empty(CampaignStartCheck.Check(Ready with { AgentsLoggedIn = 0, Channel = CampaignChannel.VoiceMessage }));
    }

    [Fact]
    public void Missing_or_malformed_caller_id_is_named()
    {
        Assert.Equal("Set a caller id: every call must show the number it comes from.", Single(Ready with { CallerId = null }).Message);
        Assert.Equal("Caller id '0207 123' is not a phone number in international form, e.g. +442071234567.",
            Single(Ready with { CallerId = "0207 123" }).Message);
        Assert.Empty(CampaignStartCheck.Check(Ready with { CallerId = null, Channel = CampaignChannel.Email }));
    }

    [Fact]
    public void Outside_hours_for_every_contact_gives_the_first_time_one_can_be_called()
    {
        var night = Ready with { Now = new DateTimeOffset(2026, 3, 2, 23, 0, 0, TimeSpan.Zero), ContactTimeZones = ["Europe/London", "Europe/Kyiv"] };
        var problem = Single(night);

        Assert.Equal("callingHours", problem.Field);
        Assert.Equal("It is outside calling hours (08:00–21:00 local time) for every contact; the first can be called at 2026-03-03 06:00 UTC.", problem.Message);
    }

    [Fact]
    public void One_contact_zone_inside_hours_is_enough_to_start() =>
        Assert.Empty(CampaignStartCheck.Check(Ready with { ContactTimeZones = ["America/Los_Angeles", "Europe/London"] }));

    [Fact]
    public void Ring_time_below_15_seconds_is_refused() =>
        Assert.Equal("noAnswerTimeout", Single(Ready with { NoAnswerTimeout = TimeSpan.FromSeconds(10) }).Field);

    [Fact]
    public void Every_problem_is_listed_at_once()
    {
        var problems = CampaignStartCheck.Check(Ready with { ContactsToCall = 0, AgentsLoggedIn = 0, CallerId = "" });
        Assert.Equal(["contactList", "agents", "callerId"], problems.Select(p => p.Field));
    }
}
