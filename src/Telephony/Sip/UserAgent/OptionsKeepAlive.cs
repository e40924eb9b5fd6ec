using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>Pings a peer (a trunk, a proxy) with OPTIONS every interval and says when it stops or starts answering: any response means alive, only a timeout means lost.</summary>
public sealed class OptionsKeepAlive : IDisposable
{
    private readonly SipUserAgent _agent;
    private readonly SipUri _target;
    private readonly ITimer _timer;
    private int _running;

    /// <summary>Starts pinging at once, then every <paramref name="interval"/>.</summary>
    public OptionsKeepAlive(SipUserAgent agent, SipUri target, TimeSpan interval, TimeProvider time)
    {
        _agent = agent;
        _target = target;
        _timer = time.CreateTimer(_ => _ = PingAsync(), null, TimeSpan.Zero, interval);
    }

    /// <summary>True while the last ping was answered.</summary>
    public bool Reachable { get; private set; }

    /// <summary>Pings answered and pings lost so far.</summary>
    public (int Answered, int Lost) Counts => (_answered, _lost);

    private int _answered, _lost;

    /// <summary>Raised when the peer answers after having been lost (or for the first time).</summary>
    public event Action? Up;

    /// <summary>Raised when a ping times out after the peer had answered (or the first ping is lost).</summary>
    public event Action? Down;

    private async Task PingAsync()
    {
        // One ping at a time: a ping outstanding for 64·T1 overlaps the next interval.
        if (Interlocked.Exchange(ref _running, 1) == 1) return;
        try
        {
            var response = await _agent.PingAsync(_target, CancellationToken.None).ConfigureAwait(false);
            var alive = !SipResponses.IsLocalTimeout(response);
            if (alive) Interlocked.Increment(ref _answered);
            else Interlocked.Increment(ref _lost);
            var changed = alive != Reachable || _answered + _lost == 1;
            Reachable = alive;
            if (changed) (alive ? Up : Down)?.Invoke();
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Stops pinging.</summary>
    public void Dispose() => _timer.Dispose();
}
