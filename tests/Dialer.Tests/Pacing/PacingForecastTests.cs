using Outreach.Dialer.Pacing;

namespace Outreach.Dialer.Tests.Pacing;

public sealed class PacingForecastTests
{
    [Fact]
    public void With_no_safety_it_matches_expected_answers_to_free_agents()
    {
        var forecast = new PacingForecast(ExpectedFreeAgents: 3, ExpectedAnswersInFlight: 0, Variance: 0, AnswerRate: 0.5, HorizonSeconds: 16);
        Assert.Equal(6, forecast.CallsFor(safety: 0, max: 100));
    }

    [Fact]
    public void Safety_keeps_the_answer_surplus_z_deviations_under_zero()
    {
        // n·0.5 + 1·√(n·0.25) ≤ 3: n = 4 gives exactly 3, n = 5 gives 3.62.
        var forecast = new PacingForecast(3, 0, 0, 0.5, 16);
        Assert.Equal(4, forecast.CallsFor(safety: 1, max: 100));
    }

    [Fact]
    public void Answers_already_on_their_way_reduce_the_calls()
    {
        var forecast = new PacingForecast(3, 1, 0, 0.5, 16);
        Assert.Equal(4, forecast.CallsFor(safety: 0, max: 100));
        Assert.Equal(2, forecast.CallsFor(safety: 0, max: 2));
    }

    [Fact]
    public void No_calls_when_the_free_agents_are_already_claimed()
    {
        Assert.Equal(0, new PacingForecast(1, 1.5, 0.5, 0.3, 16).CallsFor(safety: 1, max: 100));
    }
}
