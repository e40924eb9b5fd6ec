using Outreach.Dialer.Compliance;

namespace Outreach.Dialer.Tests.Compliance;

public sealed class JurisdictionProfileTests
{
    [Fact]
    public void Presets_measure_abandons_over_30_days_in_the_US_and_24_hours_with_a_72_hour_block_in_the_UK()
    {
        Assert.Equal((TimeSpan.FromDays(30), (TimeSpan?)null), (JurisdictionProfile.UnitedStates.AbandonRatePeriod, JurisdictionProfile.UnitedStates.AbandonedRedialBlock));
        Assert.Equal((TimeSpan.FromHours(24), (TimeSpan?)TimeSpan.FromHours(72)), (JurisdictionProfile.UnitedKingdom.AbandonRatePeriod, JurisdictionProfile.UnitedKingdom.AbandonedRedialBlock));
        Assert.Empty(JurisdictionProfile.UnitedStates.Problems());
        Assert.Empty(JurisdictionProfile.UnitedKingdom.Problems());
        Assert.Equal(0.045, JurisdictionProfile.UnitedKingdom.AutoPauseRate, 6);
    }

    [Fact]
    public void Unusable_profile_lists_its_problems()
    {
        var profile = JurisdictionProfile.UnitedKingdom with
        {
            MaxAbandonRate = 0.05, MinRingTime = TimeSpan.FromSeconds(10), CallingHours = new(new(9, 0), new(9, 0)),
        };

        Assert.Equal(
            ["Calling hours must not start and end at the same time.", "The abandon rate limit must be between 0% and 3%.", "Calls must ring at least 15 seconds."],
            profile.Problems());
    }
}
