using System.Net;

namespace Outreach.Telephony.Sip.Transport;

/// <summary>Per-source token bucket: each address may send a burst, then a steady rate; messages beyond it are dropped. Pure, on a TimeProvider.</summary>
public sealed class SourceRateLimit(double messagesPerSecond, double burst, TimeProvider time, int maxSources = 10_000)
{
    private sealed class Bucket
    {
        public double Tokens;
        public long Stamp;
        public bool Limited;
    }

    private readonly Dictionary<IPAddress, Bucket> _buckets = [];
    private readonly Lock _gate = new();

    /// <summary>What happened to one message from a source.</summary>
    public enum Verdict
    {
        Admitted,
        /// <summary>Dropped, and the source was not limited before: the moment to log once.</summary>
        StartedLimiting,
        Dropped,
    }

    /// <summary>Takes a token for a message from the source.</summary>
    public Verdict Admit(IPAddress source)
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            if (!_buckets.TryGetValue(source, out var bucket))
            {
                if (_buckets.Count >= maxSources) Prune(now);
                bucket = new Bucket { Tokens = burst, Stamp = now };
                _buckets[source] = bucket;
            }
            var elapsed = time.GetElapsedTime(bucket.Stamp, now).TotalSeconds;
            bucket.Tokens = Math.Min(burst, bucket.Tokens + elapsed * messagesPerSecond);
            bucket.Stamp = now;
            // A limited source counts as calmed down only once its bucket is full again, so a flood at the steady rate logs once, not per token.
            if (bucket.Tokens >= burst) bucket.Limited = false;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                return Verdict.Admitted;
            }
            if (bucket.Limited) return Verdict.Dropped;
            bucket.Limited = true;
            return Verdict.StartedLimiting;
        }
    }

    /// <summary>Sources tracked now (bounded by maxSources).</summary>
    public int Sources
    {
        get { lock (_gate) return _buckets.Count; }
    }

    // Full buckets carry no state worth keeping; when none is full the oldest half goes, so memory stays bounded under spoofed floods.
    private void Prune(long now)
    {
        var full = _buckets.Where(kv => kv.Value.Tokens + time.GetElapsedTime(kv.Value.Stamp, now).TotalSeconds * messagesPerSecond >= burst).Select(kv => kv.Key).ToList();
        if (full.Count == 0) full = _buckets.OrderBy(kv => kv.Value.Stamp).Take(_buckets.Count / 2).Select(kv => kv.Key).ToList();
        foreach (var key in full) _buckets.Remove(key);
    }
}
