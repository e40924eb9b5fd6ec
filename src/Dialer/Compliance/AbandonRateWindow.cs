namespace Outreach.Dialer.Compliance;

/// <summary>
/// Rolling counts of live answers and abandoned calls over a period, in a ring of time buckets: memory is
/// fixed by the bucket count, each record and read is O(1) amortised, and the period is exact to one bucket.
/// Late records (a machine call found to be a person) land in their own bucket while it is in the period.
/// Not thread-safe: the campaign grain owns it.
/// </summary>
public sealed class AbandonRateWindow
{
    private readonly long[] live;
    private readonly long[] abandoned;
    private readonly long bucketTicks;
    private long newest = long.MinValue;
    private long totalLive, totalAbandoned;

    public AbandonRateWindow(TimeSpan period, int buckets = 240)
    {
        if (buckets < 1 || period.Ticks < buckets) throw new ArgumentOutOfRangeException(nameof(buckets), "Need at least one bucket, each at least a tick long.");
        Period = period;
        live = new long[buckets];
        abandoned = new long[buckets];
        bucketTicks = period.Ticks / buckets;
    }

    public TimeSpan Period { get; }

    /// <summary>A live person answered at <paramref name="at"/>; abandoned when no agent took the call in time.</summary>
    public void RecordLiveAnswer(DateTimeOffset at, bool abandoned)
    {
        var bucket = BucketOf(at);
        if (bucket > newest) MoveTo(bucket);
        if (bucket <= newest - live.Length) return;
        var slot = Slot(bucket);
        live[slot]++;
        totalLive++;
        if (!abandoned) return;
        this.abandoned[slot]++;
        totalAbandoned++;
    }

    /// <summary>The counts over the period ending at <paramref name="now"/>.</summary>
    public AbandonCounts CountsAt(DateTimeOffset now)
    {
        var bucket = BucketOf(now);
        if (bucket > newest) MoveTo(bucket);
        return new AbandonCounts(totalLive, totalAbandoned);
    }

    private long BucketOf(DateTimeOffset at) => at.UtcTicks / bucketTicks;

    private int Slot(long bucket) => (int)(bucket % live.Length);

    private void MoveTo(long bucket)
    {
        var first = newest == long.MinValue ? bucket : Math.Max(newest + 1, bucket - live.Length + 1);
        for (var b = first; b <= bucket; b++)
        {
            var slot = Slot(b);
            totalLive -= live[slot];
            totalAbandoned -= abandoned[slot];
            live[slot] = abandoned[slot] = 0;
        }
        newest = bucket;
    }
}
