using Outreach.Dialer.Pacing;
using Outreach.Dialer.Simulation;

namespace Outreach.Dialer.Tests.Simulation;

public sealed class ScenarioParserTests
{
    internal static string Example => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "scenarios", "mid-size-sales.json"));

    [Fact]
    public void The_example_scenario_reads_with_every_field()
    {
        var s = ScenarioParser.Parse(Example);
        Assert.Equal("mid-size sales", s.Name);
        Assert.Equal(DialingMode.Predictive, s.Mode);
        Assert.Equal(50, s.Agents.Sum(a => a.Count));
        Assert.Equal(0.15, s.OutcomeChanges.Single().Outcomes.Human);
        Assert.Equal(new Distribution(DistributionKind.LogNormal, 12, 6), s.RingSeconds);
        Assert.Equal(2.0, s.MaxWaitForAgentSeconds);
    }

    [Fact]
    public void Optional_fields_take_their_defaults()
    {
        var json = Example.Replace("\"mode\": \"predictive\",", "").Replace("\"powerRatio\": 2.0,", "")
            .Replace("\"targetAbandonRate\": 0.03,", "").Replace("\"maxWaitForAgentSeconds\": 2,", "");
        var s = ScenarioParser.Parse(json);
        Assert.Equal((DialingMode.Predictive, 2.0, 0.03, 2.0), (s.Mode, s.PowerRatio, s.TargetAbandonRate, s.MaxWaitForAgentSeconds));
        Assert.Null(s.TargetWaitRate);
    }

    [Fact]
    public void A_wait_goal_reaches_the_pacing_options()
    {
        var s = ScenarioParser.Parse(Example.Replace("\"targetAbandonRate\": 0.03,", "\"targetAbandonRate\": 0.03, \"targetWaitRate\": 0.005,"));
        Assert.Equal(0.005, s.PacingOptions.TargetWaitRate);
    }

    [Theory]
    [InlineData("\"mode\": \"predictive\"", "\"mode\": \"turbo\"", "mode")]
    [InlineData("\"human\": 0.30", "\"human\": 0.40", "outcomes")]
    [InlineData("\"count\": 40", "\"count\": -1", "agents[0].count")]
    [InlineData("\"contacts\": 200000", "\"contacts\": -5", "contacts")]
    [InlineData("\"dist\": \"lognormal\", \"mean\": 12", "\"dist\": \"weird\", \"mean\": 12", "ringSeconds.dist")]
    [InlineData("\"durationMinutes\": 480,", "", "durationMinutes")]
    [InlineData("\"human\": 0.15", "\"human\": 0.5", "outcomeChanges[0].outcomes")]
    [InlineData("{ \"name\"", "{ \"name\" [", "(json)")]
    [InlineData("\"targetAbandonRate\": 0.03,", "\"targetAbandonRate\": 0.03, \"targetWaitRate\": 0,", "targetWaitRate")]
    public void A_malformed_scenario_names_the_field(string from, string to, string field)
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioParser.Parse(Example.Replace(from, to)));
        Assert.Equal(field, e.Field);
        Assert.DoesNotContain('\n', e.Message);
    }
}
