namespace Outreach.Telephony.Rtp;

/// <summary>Hands out even RTP ports from a range in turn, so consecutive calls do not retry the same busy port.</summary>
public sealed class RtpPortRange
{
    private readonly int _first;
    private readonly int _pairs;
    private int _cursor;

    /// <param name="startAt">Where in the range to begin (the caller's choice: a random offset keeps processes apart).</param>
    public RtpPortRange(int min, int max, int startAt = 0)
    {
        _first = min + (min & 1);
        _pairs = Math.Max(1, (max - _first + 1) / 2);
        if (max < _first + 1) throw new ArgumentException($"the port range {min}-{max} holds no even/odd pair");
        _cursor = Math.Abs(startAt) % _pairs;
    }

    public int Pairs => _pairs;

    /// <summary>The next even port to try.</summary>
    public int Next() => _first + 2 * (int)((uint)(Interlocked.Increment(ref _cursor) - 1) % (uint)_pairs);
}
