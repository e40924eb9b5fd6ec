using Microsoft.Extensions.Logging;

namespace Outreach.Telephony.Media;

/// <summary>
/// The one 20 ms clock for every stream in the process: each lane (one per core) ticks its share of the media once per
/// frame period. Deadlines come from the clock, not from counting sleeps, so a late wake-up runs the missed ticks at once
/// (up to <see cref="MaxCatchUpFrames"/>) instead of drifting. No timer per stream.
/// </summary>
public sealed partial class MediaScheduler
{
    public const int MaxCatchUpFrames = 5;

    private readonly TimeProvider _time;
    private readonly ILogger<MediaScheduler> _log;
    private readonly TimeSpan _frame;
    private readonly Lane[] _lanes;
    private int _next;

    public MediaScheduler(TimeProvider time, ILogger<MediaScheduler> log, int lanes = 0, TimeSpan? frame = null)
    {
        _time = time;
        _log = log;
        _frame = frame ?? TimeSpan.FromMilliseconds(20);
        _lanes = Enumerable.Range(0, lanes > 0 ? lanes : Environment.ProcessorCount).Select(_ => new Lane()).ToArray();
    }

    public int Count => _lanes.Sum(l => l.Items.Length);

    /// <summary>Ticks that ran late by more than a frame (the machine could not keep up).</summary>
    public long CatchUps => _lanes.Sum(l => Interlocked.Read(ref l.CatchUps));

    /// <summary>Ticks skipped because more than <see cref="MaxCatchUpFrames"/> were overdue.</summary>
    public long Skipped => _lanes.Sum(l => Interlocked.Read(ref l.Skipped));

    /// <summary>Lane ticks run so far (each lane counts its own).</summary>
    public long Ticks => _lanes.Sum(l => Interlocked.Read(ref l.Ticks));

    /// <summary>Time spent inside ticks, all lanes together: the media work's share of the clock.</summary>
    public TimeSpan Busy => TimeSpan.FromTicks(_lanes.Sum(l => Interlocked.Read(ref l.BusyTicks)));

    public int Lanes => _lanes.Length;

    public void Add(IPacedMedia media)
    {
        var lane = _lanes[(int)((uint)Interlocked.Increment(ref _next) % _lanes.Length)];
        lock (lane) lane.Items = [.. lane.Items, media];
    }

    public void Remove(IPacedMedia media)
    {
        foreach (var lane in _lanes)
        {
            lock (lane) lane.Items = lane.Items.Where(m => !ReferenceEquals(m, media)).ToArray();
        }
    }

    /// <summary>Runs every item once on the calling thread (tests step the clock this way too).</summary>
    public void Tick()
    {
        foreach (var lane in _lanes) TickLane(lane);
    }

    /// <summary>
    /// Runs the lanes until cancelled. On the system clock each lane is its own thread and sleeps on it: a trip through
    /// the thread pool would queue the wake-up behind thousands of socket completions a second. Any other clock (a fake
    /// one in tests) is awaited through its timers.
    /// </summary>
    public Task RunAsync(CancellationToken cancellationToken)
    {
        var start = _time.GetTimestamp(); // the clock's origin is the call, not whenever a lane gets going
        return Task.WhenAll(_lanes.Select(lane => ReferenceEquals(_time, TimeProvider.System)
            ? RunOnThread(lane, start, cancellationToken)
            : Task.Run(() => RunLaneAsync(lane, start, cancellationToken), CancellationToken.None)));
    }

    private Task RunOnThread(Lane lane, long start, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            long ticked = 0;
            while (!cancellationToken.IsCancellationRequested)
            {
                var wait = RunDue(lane, start, ref ticked);
                if (wait > TimeSpan.Zero) Thread.Sleep(wait);
            }
            done.SetResult();
        }) { IsBackground = true, Name = "media clock" };
        thread.Start();
        return done.Task;
    }

    private async Task RunLaneAsync(Lane lane, long start, CancellationToken cancellationToken)
    {
        long ticked = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var wait = RunDue(lane, start, ref ticked);
            if (wait <= TimeSpan.Zero) continue;
            try
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Runs the ticks that are due since <paramref name="start"/>; returns the time until the next one.</summary>
    private TimeSpan RunDue(Lane lane, long start, ref long ticked)
    {
        var due = (long)(_time.GetElapsedTime(start) / _frame) + 1 - ticked;
        if (due > MaxCatchUpFrames)
        {
            Interlocked.Add(ref lane.Skipped, due - MaxCatchUpFrames);
            ticked += due - MaxCatchUpFrames;
            due = MaxCatchUpFrames;
        }
        if (due > 1) Interlocked.Add(ref lane.CatchUps, due - 1);
        for (; due > 0; due--, ticked++) TickLane(lane);
        return _frame * ticked - _time.GetElapsedTime(start);
    }

    private void TickLane(Lane lane)
    {
        var started = _time.GetTimestamp();
        TickItems(lane);
        Interlocked.Increment(ref lane.Ticks);
        Interlocked.Add(ref lane.BusyTicks, _time.GetElapsedTime(started).Ticks);
    }

    private void TickItems(Lane lane)
    {
        var items = lane.Items;
        var finished = false;
        foreach (var media in items)
        {
            try
            {
                media.Tick();
            }
            catch (Exception e)
            {
                // One broken stream must not stop the clock of the others: drop it.
                LogTickFailed(e, media.GetType().Name);
                Remove(media);
            }
            finished |= media.Finished;
        }
        if (!finished) return;
        lock (lane) lane.Items = lane.Items.Where(m => !m.Finished).ToArray();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Media} failed its tick and was removed from the media clock")]
    private partial void LogTickFailed(Exception exception, string media);

    private sealed class Lane
    {
        public volatile IPacedMedia[] Items = [];
        public long CatchUps;
        public long Skipped;
        public long Ticks;
        public long BusyTicks;
    }
}
