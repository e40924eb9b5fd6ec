using Outreach.Telephony.Simulated;

namespace Outreach.Telephony.Tests;

public sealed class OutcomeDistributionTests
{
    private static readonly SimulatedNetworkScenario Scenario = new()
    {
        HumanProbability = 0.25, MachineProbability = 0.15, BusyProbability = 0.10,
        NoAnswerProbability = 0.35, InvalidProbability = 0.05,
    };

    [Fact]
    public void Drawn_fates_follow_the_scenario_probabilities()
    {
        var random = new Random(11);
        var fates = Enumerable.Range(0, 40_000).Select(_ => CallFate.Draw(Scenario, random)).ToList();

        AssertShare(0.25, fates.Count(f => f.Class == AnswerClass.Human), fates.Count, 0.01);
        AssertShare(0.15, fates.Count(f => f.Class == AnswerClass.Machine), fates.Count, 0.01);
        AssertShare(0.10, fates.Count(f => f.Outcome == NetworkOutcome.Busy), fates.Count, 0.01);
        AssertShare(0.35, fates.Count(f => f.Outcome == NetworkOutcome.NoAnswer), fates.Count, 0.01);
        AssertShare(0.05, fates.Count(f => f.Outcome == NetworkOutcome.Invalid), fates.Count, 0.01);
        AssertShare(0.10, fates.Count(f => f.Outcome == NetworkOutcome.Congestion), fates.Count, 0.01);
    }

    [Fact]
    public async Task Placed_calls_end_in_the_scenario_proportions_and_each_completes_once()
    {
        const int calls = 2_000;
        var h = new NetworkHarness(Scenario, seed: 3);
        for (var i = 0; i < calls; i++) await h.PlaceAsync(attemptId: i);
        h.Run(TimeSpan.FromMinutes(2));

        var completed = h.Events.Of<CallCompleted>();
        Assert.Equal(calls, completed.Select(c => c.CallId).Distinct().Count());
        Assert.Equal(calls, completed.Count);
        var answers = h.Events.Of<CallAnswered>();
        AssertShare(0.25, answers.Count(a => a.Class == AnswerClass.Human), calls, 0.03);
        AssertShare(0.15, answers.Count(a => a.Class == AnswerClass.Machine), calls, 0.03);
        AssertShare(0.35, completed.Count(c => c.Outcome == NetworkOutcome.NoAnswer), calls, 0.03);
        AssertShare(0.10, completed.Count(c => c.Outcome == NetworkOutcome.Busy), calls, 0.03);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_calls()
    {
        static async Task<string> Trace(int seed)
        {
            var h = new NetworkHarness(Scenario, seed);
            for (var i = 0; i < 50; i++) await h.PlaceAsync(attemptId: i);
            h.Run(TimeSpan.FromMinutes(1));
            return string.Join(";", h.Events.Events.Select(e => $"{e.GetType().Name}@{e.At:O}"));
        }

        Assert.Equal(await Trace(5), await Trace(5));
    }

    [Fact]
    public void Taxonomy_has_the_stored_snake_case_names()
    {
        Assert.Equal("no_answer", NetworkOutcome.NoAnswer.ToStoredName());
        Assert.Equal("machine", AnswerClass.Machine.ToStoredName());
        Assert.Equal("customer_hung_up_first", ConnectResult.CustomerHungUpFirst.ToStoredName());
        Assert.Equal("message_left", ConnectResult.MessageLeft.ToStoredName());
    }

    private static void AssertShare(double expected, int count, int total, double tolerance) =>
        Assert.InRange((double)count / total, expected - tolerance, expected + tolerance);
}
