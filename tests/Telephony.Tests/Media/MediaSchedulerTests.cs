using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Media;

namespace Outreach.Telephony.Tests.Media;

public sealed class MediaSchedulerTests
{
    private sealed class Counter(int finishAfter = int.MaxValue, bool throws = false) : IPacedMedia
    {
        private int _ticks;

        public int Ticks => Volatile.Read(ref _ticks);

        public bool Finished => Ticks >= finishAfter;

        public void Tick()
        {
            Interlocked.Increment(ref _ticks);
            if (throws) throw new InvalidOperationException("broken stream");
        }
    }

    private static void WaitFor(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline) Thread.Sleep(1);
        Assert.True(condition());
    }

    [Fact]
    public async Task Every_stream_ticks_once_per_20_ms_of_the_clock_from_one_shared_loop()
    {
        var time = new FakeTimeProvider();
        var scheduler = new MediaScheduler(time, NullLogger<MediaScheduler>.Instance, lanes: 2);
        var streams = Enumerable.Range(0, 10).Select(_ => new Counter()).ToList();
        streams.ForEach(scheduler.Add);
        using var stop = new CancellationTokenSource();
        var running = scheduler.RunAsync(stop.Token);

        WaitFor(() => streams.All(s => s.Ticks == 1)); // the first tick is at start
        for (var step = 1; step <= 50; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            WaitFor(() => streams.All(s => s.Ticks == step + 1));
        }
        stop.Cancel();
        await running;

        Assert.All(streams, s => Assert.Equal(51, s.Ticks));
        Assert.Equal(0, scheduler.CatchUps);
    }

    [Fact]
    public async Task A_late_wake_up_runs_the_missed_ticks_at_once()
    {
        var time = new FakeTimeProvider();
        var scheduler = new MediaScheduler(time, NullLogger<MediaScheduler>.Instance, lanes: 1);
        var stream = new Counter();
        scheduler.Add(stream);
        using var stop = new CancellationTokenSource();
        var running = scheduler.RunAsync(stop.Token);
        WaitFor(() => stream.Ticks == 1);

        time.Advance(TimeSpan.FromMilliseconds(80));
        WaitFor(() => stream.Ticks == 5);
        stop.Cancel();
        await running;

        Assert.Equal(3, scheduler.CatchUps);
    }

    [Fact]
    public void A_finished_stream_is_forgotten_and_a_throwing_one_is_removed_without_stopping_the_rest()
    {
        var scheduler = new MediaScheduler(TimeProvider.System, NullLogger<MediaScheduler>.Instance, lanes: 1);
        var healthy = new Counter();
        var done = new Counter(finishAfter: 2);
        var broken = new Counter(throws: true);
        scheduler.Add(healthy);
        scheduler.Add(done);
        scheduler.Add(broken);

        for (var i = 0; i < 5; i++) scheduler.Tick();

        Assert.Equal((5, 2, 1), (healthy.Ticks, done.Ticks, broken.Ticks));
        Assert.Equal(1, scheduler.Count);
    }
}
