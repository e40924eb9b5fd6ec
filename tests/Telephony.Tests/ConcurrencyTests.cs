using Outreach.Telephony.Simulated;

namespace Outreach.Telephony.Tests;

public sealed class ConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calls_placed_and_hung_up_from_many_threads_each_complete_once()
    {
        var h = new NetworkHarness(new SimulatedNetworkScenario(), seed: 9);
        var ids = new string[2_000];
        await Parallel.ForAsync(0, ids.Length, Ct, async (i, ct) => ids[i] = await h.PlaceAsync(attemptId: i));
        var advancing = Task.Run(() => h.Run(TimeSpan.FromSeconds(20)), Ct);
        await Parallel.ForAsync(0, ids.Length / 2, Ct, async (i, ct) => await h.Network.HangUpAsync(ids[i * 2], ct));
        await advancing;
        h.Run(TimeSpan.FromMinutes(10));

        var completed = h.Events.Of<CallCompleted>();
        Assert.Equal(ids.Length, completed.Count);
        Assert.Equal(ids.OrderBy(i => i), completed.Select(c => c.CallId).Order());
        Assert.Equal(0, h.Network.LiveCalls);
    }

    [Fact]
    public async Task Channel_subscriber_hands_over_every_event_in_order()
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.NoAnswer));
        var channel = new ChannelCallEvents();
        h.Network.Subscribe(channel);
        await h.PlaceAsync();
        h.Run(TimeSpan.FromSeconds(31));
        channel.Complete();

        var types = new List<string>();
        await foreach (var e in channel.Reader.ReadAllAsync(Ct)) types.Add(e.GetType().Name);
        Assert.Equal(["CallRinging", "CallCompleted"], types);
    }

    [Fact]
    public async Task Unsubscribed_receiver_hears_nothing_more()
    {
        var h = new NetworkHarness(NetworkHarness.Only(NetworkOutcome.Busy));
        var late = new RecordingSubscriber();
        h.Network.Subscribe(late).Dispose();
        await h.PlaceAsync();
        h.Run(TimeSpan.FromSeconds(3));

        Assert.Empty(late.Events);
        Assert.Single(h.Events.Events);
    }
}
