using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Simulated;

namespace Outreach.Telephony.Tests;

/// <summary>A simulated network on virtual time with a recording subscriber.</summary>
internal sealed class NetworkHarness
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);
    public SimulatedCallNetwork Network { get; }
    public RecordingSubscriber Events { get; }

    public NetworkHarness(SimulatedNetworkScenario scenario, int seed = 7, Action<CallEvent>? react = null)
    {
        Network = new SimulatedCallNetwork(scenario, Time, new Random(seed));
        Events = new RecordingSubscriber(react);
        Network.Subscribe(Events);
    }

    /// <summary>A scenario where every call ends the same way, with fixed times.</summary>
    public static SimulatedNetworkScenario Only(NetworkOutcome outcome, AnswerClass? answerClass = null) => new()
    {
        HumanProbability = answerClass == AnswerClass.Human ? 1 : 0,
        MachineProbability = answerClass == AnswerClass.Machine ? 1 : 0,
        BusyProbability = outcome == NetworkOutcome.Busy ? 1 : 0,
        NoAnswerProbability = outcome == NetworkOutcome.NoAnswer ? 1 : 0,
        InvalidProbability = outcome == NetworkOutcome.Invalid ? 1 : 0,
        RingingAfter = new(1, 1),
        RingTime = new(5, 5),
        ClassificationTime = new(2, 2),
        TalkTime = new(60, 60),
        UnattendedHangUp = new(8, 8),
    };

    public Task<string> PlaceAsync(long attemptId = 1, string to = "+447700900123", string callerId = "+442071234567") =>
        Network.PlaceCallAsync(new CallRequest(attemptId, to, callerId, CampaignId: 42), TestContext.Current.CancellationToken);

    /// <summary>Moves virtual time on in small steps so every timer fires at its own moment.</summary>
    public void Run(TimeSpan total)
    {
        var step = TimeSpan.FromMilliseconds(100);
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step) Time.Advance(step);
    }

    public TimeSpan Since(DateTimeOffset at) => at - Start;
}
