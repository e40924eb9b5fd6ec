using Outreach.Dialer.Engine;
using Outreach.Web.Engine;

namespace Outreach.Web.Tests.Engine;

public sealed class DashboardModelTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static CampaignBoard Campaign(long id, string status, long placed, DateTimeOffset at, string name = "C") =>
        new(id, name + id, status, "predictive", 0.03m, placed, 0, 0, 0, 0, 0, 0, 0, 1, 100, new Dictionary<string, int>(), null, at);

    private static AgentBoard Agent(int id, string state, DateTimeOffset since, DateTimeOffset at, int calls = 0) =>
        new(id, state, since, null, null, [1], new AgentDayFigures(calls, TimeSpan.FromMinutes(calls), TimeSpan.Zero, TimeSpan.Zero), at);

    private static DashboardModel Model(params AgentBoard[] agents) =>
        new([Campaign(1, "paused", 5, T0, "B"), Campaign(2, "running", 7, T0, "Z")],
            new Dictionary<int, string> { [10] = "Ann", [11] = "Bob", [12] = "Cy" }, agents);

    [Fact]
    public void Running_campaigns_come_first()
    {
        Assert.Equal([2L, 1L], Model().Campaigns.Select(c => c.CampaignId));
    }

    [Fact]
    public void A_newer_board_replaces_an_older_one_and_never_the_reverse()
    {
        var model = Model();
        Assert.True(model.Apply(Campaign(1, "running", 9, T0.AddSeconds(2))));
        Assert.False(model.Apply(Campaign(1, "running", 6, T0.AddSeconds(1))));
        Assert.Equal(9, model.Campaigns.Single(c => c.CampaignId == 1).CallsPlaced);
    }

    [Fact]
    public void Boards_of_campaigns_and_agents_not_watched_are_ignored()
    {
        var model = Model();
        Assert.False(model.Apply(Campaign(99, "running", 1, T0)));
        Assert.False(model.Apply(Agent(99, "Ready", T0, T0)));
        Assert.Equal(2, model.Campaigns.Count);
        Assert.Empty(model.Agents);
    }

    [Fact]
    public void Agents_are_listed_by_state_then_longest_in_it_and_leave_when_logged_out()
    {
        var model = Model(Agent(10, "Paused", T0, T0), Agent(11, "Ready", T0.AddSeconds(5), T0), Agent(12, "Ready", T0, T0));
        Assert.Equal(["Cy", "Bob", "Ann"], model.Agents.Select(a => a.Name));
        Assert.True(model.Apply(Agent(12, "LoggedOut", T0.AddSeconds(9), T0.AddSeconds(9))));
        Assert.Equal(["Bob", "Ann"], model.Agents.Select(a => a.Name));
    }

    [Fact]
    public void Agent_line_shows_averages_per_call()
    {
        var line = Model(Agent(10, "OnCall", T0, T0, calls: 4)).Agents.Single();
        Assert.Equal("1:00", line.AverageTalk);
        Assert.Equal("0:00", line.AverageWait);
    }

    [Theory]
    [InlineData(0.01, "ok")]
    [InlineData(0.025, "near")]
    [InlineData(0.031, "over")]
    public void Abandon_rate_is_judged_against_the_target(double rate, string level) =>
        Assert.Equal(level, DashboardModel.AbandonLevel(rate, 0.03m));

    [Fact]
    public void A_campaign_watched_later_takes_its_boards_from_then_on()
    {
        var model = Model();
        Assert.False(model.Apply(Campaign(3, "running", 1, T0)));
        model.Watch(Campaign(3, "running", 2, T0.AddSeconds(1)));
        Assert.True(model.Watches(3));
        Assert.False(model.Apply(Campaign(3, "running", 1, T0)));
        Assert.True(model.Apply(Campaign(3, "running", 5, T0.AddSeconds(2))));
        Assert.Equal(5, model.Campaigns.Single(c => c.CampaignId == 3).CallsPlaced);
    }
}
