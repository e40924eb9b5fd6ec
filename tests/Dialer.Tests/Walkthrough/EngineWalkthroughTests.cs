using Microsoft.Extensions.Time.Testing;
using Outreach.Dialer.Compliance;
using Outreach.Dialer.Routing;
using Outreach.Telephony;
using Outreach.Telephony.Simulated;

namespace Outreach.Dialer.Tests.Walkthrough;

/// <summary>
/// The pieces wired by hand the way the grains will wire them: the simulated network answers, the router
/// hands live answers to agent sessions or abandons them, the monitor counts, the sessions close calls.
/// </summary>
public sealed class EngineWalkthroughTests
{
    private const long Campaign = 1;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero));
    private readonly AgentRouter router = new();
    private readonly Dictionary<int, AgentSession> agents = [];
    private readonly Dictionary<string, int> agentOfCall = [];
    private readonly AbandonMonitor monitor = new(JurisdictionProfile.UnitedKingdom);
    private readonly ChannelCallEvents events = new();
    private readonly SimulatedCallNetwork network;
    private int connected, abandoned, humanAnswers;

    public EngineWalkthroughTests()
    {
        var scenario = new SimulatedNetworkScenario
        {
            HumanProbability = 0.6, MachineProbability = 0.1, BusyProbability = 0.1, NoAnswerProbability = 0.2, InvalidProbability = 0,
            TalkTime = new(20, 40),
        };
        network = new SimulatedCallNetwork(scenario, time, new Random(21));
        network.Subscribe(events);
        for (var id = 1; id <= 3; id++)
        {
            var session = new AgentSession(id, time.GetUtcNow());
            session.LogIn(time.GetUtcNow());
            session.SetReady(time.GetUtcNow());
            agents[id] = session;
            router.Assign(id, [new CampaignAssignment(Campaign)]);
            router.Ready(id, time.GetUtcNow());
        }
    }

    [Fact]
    public async Task Every_live_answer_is_connected_to_one_agent_or_abandoned_and_counted()
    {
        for (var i = 0; i < 40; i++)
            await network.PlaceCallAsync(new CallRequest(i, "+447700900" + (100 + i), "+442071234567", Campaign), Ct);
        for (var step = 0; step < 3_000; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            while (events.Reader.TryRead(out var e)) await HandleAsync(e);
            await RouteAsync();
        }

        Assert.True(connected >= 3 && abandoned > 0, $"connected {connected}, abandoned {abandoned}");
        Assert.Equal(humanAnswers, connected + abandoned);
        var status = monitor.Evaluate(time.GetUtcNow());
        Assert.Equal(new AbandonCounts(humanAnswers, abandoned), status.Rolling);
        Assert.All(agents.Values, a => Assert.Equal(AgentState.Ready, a.State));
        Assert.Equal(0, network.LiveCalls);
    }

    private async Task HandleAsync(CallEvent e)
    {
        switch (e)
        {
            case CallAnswered { Class: AnswerClass.Human } answered:
                humanAnswers++;
                router.Offer(ConnectDeadline.Default.For(answered));
                break;
            case CallAnswered machine:
                await network.PlayPromptAsync(machine.CallId, "offer-message", Ct);
                await network.HangUpAsync(machine.CallId, Ct);
                break;
            case CallCompleted completed when agentOfCall.Remove(completed.CallId, out var agentId):
                var session = agents[agentId];
                Assert.True(session.HangUp(completed.CallId, completed.EndedAt).Accepted);
                Assert.True(session.RecordDisposition(completed.CallId, "accepted", completed.EndedAt).Accepted);
                router.Ready(agentId, completed.EndedAt);
                break;
            case CallCompleted completed:
                router.Withdraw(completed.CallId);
                break;
        }
    }

    private async Task RouteAsync()
    {
        var now = time.GetUtcNow();
        var result = router.Route(now);
        foreach (var call in result.Abandoned)
        {
            abandoned++;
            monitor.RecordLiveAnswer(call.GreetingEndedAt, abandoned: true);
            await network.PlayPromptAsync(call.CallId, "sorry-message", Ct);
            await network.HangUpAsync(call.CallId, Ct);
        }
        foreach (var reservation in result.Reserved) await ConnectAsync(reservation, now);
    }

    private async Task ConnectAsync(AgentReservation reservation, DateTimeOffset now)
    {
        var session = agents[reservation.AgentId];
        Assert.True(session.Reserve(reservation.CallId, now).Accepted);
        if (!await network.BridgeToAgentAsync(reservation.CallId, $"agent-leg-{reservation.AgentId}", Ct))
        {
            session.Release(reservation.CallId, now);
            router.Release(reservation.CallId);
            return;
        }
        session.Connect(reservation.CallId, now);
        router.Connected(reservation.CallId);
        agentOfCall[reservation.CallId] = reservation.AgentId;
        connected++;
        monitor.RecordLiveAnswer(now, abandoned: false);
    }
}
