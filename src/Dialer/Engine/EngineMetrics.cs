namespace Outreach.Dialer.Engine;

/// <summary>
/// Latencies the load benchmark reports: live answer to bridged agent leg, and board state to feed delivery.
/// Fixed-size reservoirs, thread-safe; nothing here decides anything.
/// </summary>
public sealed class EngineMetrics
{
    private readonly Reservoir connects = new(200_000), engineConnects = new(200_000), boardLags = new(200_000);

    /// <summary>
    /// A live answer (event time) was bridged to an agent at <paramref name="bridgedAt"/>; the agent was ready since
    /// <paramref name="agentReadySince"/>. The engine's own part starts at the later of the two: before that the call
    /// waited for an agent to free up, which is pacing, not latency.
    /// </summary>
    public void Connected(DateTimeOffset answeredAt, DateTimeOffset agentReadySince, DateTimeOffset bridgedAt)
    {
        connects.Add((bridgedAt - answeredAt).TotalMilliseconds);
        engineConnects.Add((bridgedAt - (agentReadySince > answeredAt ? agentReadySince : answeredAt)).TotalMilliseconds);
    }

    /// <summary>A board built at <paramref name="boardAt"/> reached a listener at <paramref name="deliveredAt"/>.</summary>
    public void BoardDelivered(DateTimeOffset boardAt, DateTimeOffset deliveredAt) => boardLags.Add((deliveredAt - boardAt).TotalMilliseconds);

    public double ConnectPercentile(double p) => connects.Percentile(p);

    public double EngineConnectPercentile(double p) => engineConnects.Percentile(p);

    public double BoardLagPercentile(double p) => boardLags.Percentile(p);

    public int ConnectCount => connects.Count;

    public void Reset()
    {
        connects.Clear();
        engineConnects.Clear();
        boardLags.Clear();
    }

    private sealed class Reservoir(int capacity)
    {
        private readonly Lock gate = new();
        private readonly List<double> values = [];

        public int Count { get { lock (gate) return values.Count; } }

        public void Add(double value)
        {
            lock (gate) if (values.Count < capacity) values.Add(value);
        }

        public void Clear()
        {
            lock (gate) values.Clear();
        }

        public double Percentile(double p)
        {
            double[] sorted;
            lock (gate) sorted = [.. values];
            if (sorted.Length == 0) return 0;
            Array.Sort(sorted);
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }
}
