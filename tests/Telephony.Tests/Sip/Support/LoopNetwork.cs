using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Registrar;
using Outreach.Telephony.Sip.Transport;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Telephony.Tests.Sip.Support;

/// <summary>User agents joined by an in-memory network on a virtual clock: every message is written and parsed again, queued, and delivered by <see cref="Pump"/>.</summary>
internal sealed class LoopNetwork
{
    private readonly Queue<(byte[] Bytes, SipEndPoint From, SipEndPoint To)> _queue = new();
    private readonly Dictionary<IPEndPoint, SipUserAgent> _agents = [];
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _posted = new(0);

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>Messages for which this returns false are lost on the way.</summary>
    public Func<SipMessage, bool> Deliverable { get; set; } = _ => true;

    public List<SipMessage> Delivered { get; } = [];

    public SipUserAgent Agent(int port, SipUserAgentOptions? options = null, Func<PlainSdpSession>? sessions = null, IRegistrar? registrar = null)
    {
        var endPoint = new SipEndPoint(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, port));
        var sender = new Sender(this, endPoint);
        var agent = new SipUserAgent((options ?? new SipUserAgentOptions()) with { Seed = port }, sender, Time, NullLogger.Instance,
            sessions ?? (() => new PlainSdpSession(port + 1)), registrar);
        _agents[endPoint.Address] = agent;
        return agent;
    }

    public static SipUri Uri(int port, string user = "bob") => SipUri.ForSip(user, "127.0.0.1", port);

    /// <summary>Delivers queued messages (and those they cause, also from continuations on the thread pool) until the network is quiet.</summary>
    public void Pump()
    {
        Drain();
        Settle();
    }

    // Replies to a request complete tasks whose continuations send the next request from the thread pool; wait briefly for them.
    private void Settle()
    {
        for (var i = 0; i < 1_000 && _posted.Wait(15); i++) Drain();
    }

    private int Drain()
    {
        var delivered = 0;
        for (var i = 0; i < 10_000; i++)
        {
            (byte[] Bytes, SipEndPoint From, SipEndPoint To) next;
            lock (_gate)
            {
                if (_queue.Count == 0) return delivered;
                next = _queue.Dequeue();
            }
            var parsed = SipMessageParser.Parse(next.Bytes);
            if (parsed.Message is null || !Deliverable(parsed.Message)) continue;
            delivered++;
            Delivered.Add(parsed.Message);
            if (_agents.TryGetValue(next.To.Address, out var agent)) agent.Layer.OnInbound(new InboundMessage(parsed.Message, next.From));
        }
        throw new InvalidOperationException("the network did not settle");
    }

    /// <summary>Delivers until the task completes (its continuations run on the thread pool), within a bounded wait.</summary>
    public T Complete<T>(Task<T> task)
    {
        WaitUntil(() => task.IsCompleted);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Delivers until the condition holds, within a bounded wait (thread-pool continuations finishing the step).</summary>
    public void WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            Pump();
            if (!condition()) Thread.Sleep(10);
        }
        if (!condition()) throw new TimeoutException("the network never reached the expected state");
    }

    /// <summary>Advances virtual time in small steps, delivering after each.</summary>
    public void Run(TimeSpan span)
    {
        Pump();
        for (var t = TimeSpan.Zero; t < span; t += TimeSpan.FromMilliseconds(100))
        {
            Time.Advance(TimeSpan.FromMilliseconds(100));
            if (Drain() > 0) Settle();
        }
    }

    public int Count(string method) => Delivered.OfType<SipRequest>().Count(r => r.Method == method);

    public int CountStatus(int code) => Delivered.OfType<SipResponse>().Count(r => r.StatusCode == code);

    private sealed class Sender(LoopNetwork network, SipEndPoint local) : ISipSender
    {
        public SipEndPoint LocalEndPoint => local;

        public ValueTask SendAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken)
        {
            Post(message, destination);
            return ValueTask.CompletedTask;
        }

        public void Post(SipMessage message, SipEndPoint destination)
        {
            lock (network._gate) network._queue.Enqueue((SipMessageWriter.Write(message), local, destination));
            network._posted.Release();
        }
    }
}
