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

    /// <summary>Runs the lanes until cancelled, each on its own loop.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_lanes.Select(lane => Task.Run(() => RunLaneAsync(lane, cancellationToken), CancellationToken.None)));

    private async Task RunLaneAsync(Lane lane, CancellationToken cancellationToken)
    {
        var start = _time.GetTimestamp();
        long done = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = (long)(_time.GetElapsedTime(start) / _frame) + 1 - done;
            if (due > MaxCatchUpFrames)
            {
                Interlocked.Add(ref lane.Skipped, due - MaxCatchUpFrames);
                done += due - MaxCatchUpFrames;
                due = MaxCatchUpFrames;
            }
            if (due > 1) Interlocked.Add(ref lane.CatchUps, due - 1);
            for (; due > 0; due--, done++) TickLane(lane);
            var wait = _frame * done - _time.GetElapsedTime(start);
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

    private void TickLane(Lane lane)
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
    }
}
