namespace Outreach.Telephony;

/// <summary>
/// Delivers call events to subscribers in the order they happened, one at a time, never under the
/// network's lock, so a subscriber may call back into the network (bridge, hang up) from its handler.
/// </summary>
internal sealed class CallEventDispatcher(Action<Exception>? onSubscriberError)
{
    private readonly Lock gate = new();
    private readonly Queue<CallEvent> pending = new();
    private ICallEvents[] subscribers = [];
    private bool draining;

    public IDisposable Add(ICallEvents subscriber)
    {
        lock (gate) subscribers = [.. subscribers, subscriber];
        return new Subscription(() => { lock (gate) subscribers = [.. subscribers.Where(s => s != subscriber)]; });
    }

    public void Enqueue(CallEvent callEvent)
    {
        lock (gate) pending.Enqueue(callEvent);
    }

    /// <summary>Delivers what is pending unless another caller (or an outer frame of this one) already is.</summary>
    public void Drain()
    {
        lock (gate)
        {
            if (draining) return;
            draining = true;
        }
        try
        {
            while (DeliverNext()) { }
        }
        catch
        {
            lock (gate) draining = false;
            throw;
        }
    }

    private bool DeliverNext()
    {
        CallEvent? next;
        ICallEvents[] targets;
        lock (gate)
        {
            if (!pending.TryDequeue(out next)) { draining = false; return false; }
            targets = subscribers;
        }
        foreach (var target in targets) Deliver(target, next);
        return true;
    }

    private void Deliver(ICallEvents target, CallEvent callEvent)
    {
        try
        {
            target.OnCallEvent(callEvent);
        }
        catch (Exception ex) when (onSubscriberError is not null)
        {
            onSubscriberError(ex);
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0) dispose();
        }
    }
}
