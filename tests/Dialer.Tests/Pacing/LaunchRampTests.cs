using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

public sealed class LaunchRampTests
{
    private static readonly PacingForecast Tenth = new(40, 0, 0, AnswerRate: 0.1, HorizonSeconds: 16);

    [Fact]
    public void A_team_of_forty_may_put_ten_answers_in_flight_at_once_and_gets_twenty_more_per_horizon()
    {
        var clock = new ManualClock();
        var ramp = new LaunchRamp(clock);

        Assert.Equal(100, ramp.Calls(40, Tenth));          // a quarter of 40 answers, at 10 % answers per call
        ramp.Placed(100, 0.1);
        Assert.Equal(0, ramp.Calls(40, Tenth));
        clock.Advance(TimeSpan.FromSeconds(4));             // a quarter of the horizon: 5 answers back
        Assert.Equal(50, ramp.Calls(40, Tenth));
        clock.Advance(TimeSpan.FromMinutes(10));            // never more than the burst
        Assert.Equal(100, ramp.Calls(40, Tenth));
    }

    [Fact]
    public void A_small_team_may_always_put_one_answer_in_flight()
    {
        var ramp = new LaunchRamp(new ManualClock());
        Assert.Equal(10, ramp.Calls(2, Tenth));
    }

    [Fact]
    public void Calls_placed_beyond_what_is_left_leave_the_bucket_empty_not_owing()
    {
        var clock = new ManualClock();
        var ramp = new LaunchRamp(clock);
        ramp.Calls(40, Tenth);
        ramp.Placed(500, 0.1);                              // progressive calls go out whatever the bucket holds
        clock.Advance(TimeSpan.FromSeconds(1.6));
        Assert.Equal(20, ramp.Calls(40, Tenth));            // 20 answers per 16 s horizon: 2 in 1.6 s, 20 calls
    }
}
