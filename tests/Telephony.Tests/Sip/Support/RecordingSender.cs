using System.Collections.Concurrent;
using System.Net;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Tests.Sip.Support;

/// <summary>A sender that records what would go on the wire, with the virtual time it was sent.</summary>
internal sealed class RecordingSender(TimeProvider time) : ISipSender
{
    public ConcurrentQueue<(SipMessage Message, SipEndPoint Destination, DateTimeOffset At)> Sent { get; } = new();

    public SipEndPoint LocalEndPoint { get; } = new(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, 5070));

    public ValueTask SendAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken)
    {
        Post(message, destination);
        return ValueTask.CompletedTask;
    }

    public void Post(SipMessage message, SipEndPoint destination) => Sent.Enqueue((message, destination, time.GetUtcNow()));

    public List<SipRequest> Requests(string method) => Sent.Select(s => s.Message).OfType<SipRequest>().Where(r => r.Method == method).ToList();

    public List<SipResponse> Responses(int code) => Sent.Select(s => s.Message).OfType<SipResponse>().Where(r => r.StatusCode == code).ToList();
}
