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
