using System.Collections.Concurrent;

namespace Outreach.Dialer.Engine;

/// <summary>
/// The in-process <see cref="IEngineFeed"/>. Publishing never waits for a listener: each subscription keeps the latest
/// board per campaign or agent and delivers them on the thread pool, one at a time, so a slow screen only skips
/// states it had no time to show, and never holds up a grain.
/// </summary>
public sealed class EngineFeed : IEngineFeed
{
    private readonly ConcurrentDictionary<Subscription<CampaignBoard>, byte> campaignListeners = new();
    private readonly ConcurrentDictionary<Subscription<AgentBoard>, byte> agentListeners = new();

    public void Publish(CampaignBoard board)
    {
        foreach (var listener in campaignListeners.Keys)
            if (listener.Key is null || listener.Key == board.CampaignId) listener.Post(board.CampaignId, board);
    }

    public void Publish(AgentBoard board)
    {
        foreach (var listener in agentListeners.Keys)
            if (listener.Key is null || listener.Key == board.AgentId) listener.Post(board.AgentId, board);
    }

    public IDisposable OnCampaign(long? campaignId, Action<CampaignBoard> handler) => Add(campaignListeners, campaignId, handler);

    public IDisposable OnAgent(int? agentId, Action<AgentBoard> handler) => Add(agentListeners, agentId, handler);

    private static Subscription<T> Add<T>(ConcurrentDictionary<Subscription<T>, byte> listeners, long? key, Action<T> handler)
    {
        Subscription<T>? subscription = null;
        subscription = new Subscription<T>(key, handler, () => listeners.TryRemove(subscription!, out _));
        listeners.TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>One listener: the latest undelivered board per key, drained by at most one pool thread at a time.</summary>
    private sealed class Subscription<T>(long? key, Action<T> handler, Action remove) : IDisposable
    {
        private readonly Lock gate = new();
        private readonly Dictionary<long, T> latest = [];
        private readonly Queue<long> order = new();
        private bool draining, disposed;

        public long? Key { get; } = key;

        public void Post(long boardKey, T board)
        {
            lock (gate)
            {
                if (disposed) return;
                if (!latest.ContainsKey(boardKey)) order.Enqueue(boardKey);
                latest[boardKey] = board;
                if (draining) return;
                draining = true;
            }
            ThreadPool.UnsafeQueueUserWorkItem(static s => s.Drain(), this, preferLocal: false);
        }

        private void Drain()
        {
            while (true)
            {
                T board;
                lock (gate)
                {
                    if (disposed || !order.TryDequeue(out var next)) { draining = false; return; }
                    board = latest[next];
                    latest.Remove(next);
                }
                try { handler(board); }
                catch { /* a listener's failure is its own; the feed and the other listeners go on */ }
            }
        }

        public void Dispose()
        {
            lock (gate) disposed = true;
            remove();
        }
    }
}
