namespace Outreach.Dialer.Simulation;

/// <summary>
/// Agent waits before each connected call in half-second bins (the last bin holds everything from 10 minutes on), so
/// percentiles cost no list of every wait however long the run.
/// </summary>
internal sealed class WaitHistogram
{
    private const double Bin = 0.5;
    private readonly long[] _bins = new long[1201];
    private long _count;

    public void Add(double seconds)
    {
        _bins[Math.Clamp((int)(Math.Max(0, seconds) / Bin), 0, _bins.Length - 1)]++;
        _count++;
    }

    /// <summary>The wait that <paramref name="share"/> of connects did not exceed, to the bin's upper edge; 0 with none.</summary>
    public double Percentile(double share)
    {
        if (_count == 0) return 0;
        var rank = (long)Math.Ceiling(share * _count);
        long seen = 0;
        for (var i = 0; i < _bins.Length; i++)
        {
            seen += _bins[i];
            if (seen >= rank) return (i + 1) * Bin;
        }
        return _bins.Length * Bin;
    }
}
