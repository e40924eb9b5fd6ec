using Outreach.Web.CampaignSetup;

namespace Outreach.Web.Tests.CampaignSetup;

public sealed class WizardTimesTests
{
    [Theory]
    [InlineData("2027-01-15T10:00")]
    [InlineData("2027-01-15T10:00:00")]
    public void A_datetime_local_value_is_read_as_UTC_and_written_back(string text)
    {
        var at = WizardTimes.FromInput(text);
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 10, 0, 0, TimeSpan.Zero), at);
        Assert.Equal("2027-01-15T10:00", WizardTimes.ToInput(at));
    }

    [Fact]
    public void Blank_or_unreadable_values_are_no_time()
    {
        Assert.Null(WizardTimes.FromInput(""));
        Assert.Null(WizardTimes.FromInput("15/01/2027"));
        Assert.Equal(new TimeOnly(9, 0), WizardTimes.TimeFromInput("nine", new TimeOnly(9, 0)));
        Assert.Equal(new TimeOnly(20, 30), WizardTimes.TimeFromInput("20:30", new TimeOnly(9, 0)));
    }
}

public sealed class WizardTimesZoneTests
{
    [Fact]
    public void A_time_typed_in_a_zone_is_that_zones_wall_clock_and_shows_back_the_same()
    {
        var at = WizardTimes.FromInput("2027-01-15T10:00", "America/New_York");
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 15, 0, 0, TimeSpan.Zero), at);
        Assert.Equal("2027-01-15T10:00", WizardTimes.ToInput(at, "America/New_York"));
        Assert.Equal("2027-01-15T15:00", WizardTimes.ToInput(at, "UTC"));
        Assert.Equal("2027-01-15 10:00 America/New_York", WizardTimes.Display(at!.Value, "America/New_York"));
        Assert.Equal("10:00:00 America/New_York", Outreach.Web.Shared.ZonedTime.DisplayTime(at.Value, "America/New_York"));
        Assert.Equal("15:00:00 UTC", Outreach.Web.Shared.ZonedTime.DisplayTime(at.Value, "Nowhere/Else"));
        // Summer time moves the offset: 10:00 in July is 14:00 UTC.
        Assert.Equal(new DateTimeOffset(2027, 7, 15, 14, 0, 0, TimeSpan.Zero), WizardTimes.FromInput("2027-07-15T10:00", "America/New_York"));
    }

    [Fact]
    public void A_time_skipped_by_the_clocks_going_forward_moves_on_by_the_jump_and_a_repeated_one_is_the_first()
    {
        // Europe/London, 28 March 2027: 01:00 GMT becomes 02:00 BST, so 01:30 does not exist there.
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.Zero), WizardTimes.FromInput("2027-03-28T01:30", "Europe/London"));
        Assert.Equal("2027-03-28T02:30", WizardTimes.ToInput(WizardTimes.FromInput("2027-03-28T01:30", "Europe/London"), "Europe/London"));
        // 31 October 2027: 02:00 BST becomes 01:00 GMT, so 01:30 happens twice; the first is 00:30 UTC.
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), WizardTimes.FromInput("2027-10-31T01:30", "Europe/London"));
    }

    [Fact]
    public void Changing_the_zone_keeps_the_time_as_typed()
    {
        var typed = WizardTimes.FromInput("2027-01-15T09:00", "UTC");
        var moved = WizardTimes.Rezone(typed, "UTC", "Asia/Kolkata");
        Assert.Equal("2027-01-15T09:00", WizardTimes.ToInput(moved, "Asia/Kolkata"));
        Assert.Equal(new DateTimeOffset(2027, 1, 15, 3, 30, 0, TimeSpan.Zero), moved);
        Assert.Null(WizardTimes.Rezone(null, "UTC", "Asia/Kolkata"));
    }

    [Fact]
    public void Zones_are_IANA_names_and_an_unknown_one_is_none()
    {
        Assert.Contains("Europe/London", WizardTimes.Zones);
        Assert.Contains("UTC", WizardTimes.Zones);
        Assert.Null(WizardTimes.FindZone("Mars/Olympus"));
        Assert.Null(WizardTimes.FindZone(" "));
        Assert.Equal("Europe/London", WizardTimes.FindZone(" Europe/London ")!.Id);
    }
}
