using System.Net;
using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transactions;
using Outreach.Telephony.Sip.Transport;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.Transactions;

/// <summary>A virtual clock, a recording sender, and requests/responses to drive transactions with.</summary>
internal sealed class TransactionFixture : IClientTransactionUser, ITransactionUser
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    public RecordingSender Sender { get; }
    public SipTimerOptions Timers { get; } = new();
    public List<SipResponse> PassedUp { get; } = [];
    public List<ServerTransaction> NewRequests { get; } = [];
    public List<SipRequest> Acks { get; } = [];
    public List<SipResponse> Strays { get; } = [];
    public SipTransactionLayer Layer { get; }
    public DateTimeOffset Start { get; }

    public static readonly SipEndPoint Peer = new(SipTransportKind.Udp, new IPEndPoint(IPAddress.Loopback, 5080));
    public static readonly SipEndPoint TcpPeer = new(SipTransportKind.Tcp, new IPEndPoint(IPAddress.Loopback, 5080));

    public TransactionFixture()
    {
        Sender = new RecordingSender(Time);
        Layer = new SipTransactionLayer(Sender, Timers, Time, this);
        Start = Time.GetUtcNow();
    }

    public void OnResponse(ClientTransaction transaction, SipResponse response) => PassedUp.Add(response);
    public void OnRequest(ServerTransaction transaction) => NewRequests.Add(transaction);
    public void OnAck(SipRequest ack, SipEndPoint source) => Acks.Add(ack);
    public void OnStrayResponse(SipResponse response, SipEndPoint source) => Strays.Add(response);

    public void Run(double seconds)
    {
        // Small steps so each timer fires at its own time.
        for (var t = 0.0; t < seconds - 1e-9; t += 0.05) Time.Advance(TimeSpan.FromMilliseconds(50));
    }

    public List<double> SendTimes(string method) =>
        Sender.Sent.Where(s => s.Message is SipRequest r && r.Method == method).Select(s => (s.At - Start).TotalSeconds).ToList();

    public static SipRequest Request(string method, string branch = "z9hG4bK-1", long cseq = 1, string? toTag = null)
    {
        var to = toTag is null ? "<sip:bob@example.com>" : "<sip:bob@example.com>;tag=" + toTag;
        return new SipRequest(method, SipUri.ForSip("bob", "example.com"), new SipHeaders([
            new SipHeader("Via", "SIP/2.0/UDP 127.0.0.1:5070;branch=" + branch),
            new SipHeader("Max-Forwards", "70"),
            new SipHeader("From", "<sip:alice@example.com>;tag=a1"),
            new SipHeader("To", to),
            new SipHeader("Call-ID", "call-1"),
            new SipHeader("CSeq", cseq + " " + method)]), ReadOnlyMemory<byte>.Empty);
    }

    public static SipResponse Response(SipRequest request, int code) => SipResponses.For(request, code, "b1");

    public void Deliver(SipMessage message, SipEndPoint? from = null) => Layer.OnInbound(new InboundMessage(message, from ?? Peer));
}
