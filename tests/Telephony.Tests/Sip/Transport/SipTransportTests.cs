using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;
using Outreach.Telephony.Tests.Sip.Messages;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.Transport;

public sealed class SipTransportTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly ListLogger<SipTransport> _log = new();
    private readonly Channel<InboundMessage> _received = Channel.CreateUnbounded<InboundMessage>();
    private SipTransport _transport = null!;
    private readonly UdpClient _peer = new(new IPEndPoint(IPAddress.Loopback, 0));

    public ValueTask InitializeAsync()
    {
        _transport = new SipTransport(new SipTransportOptions { UdpAddress = "127.0.0.1:0", TcpAddress = "127.0.0.1:0", MessagesPerSecondPerSource = 50, BurstPerSource = 50, MaxMessageSize = 4000 },
            TimeProvider.System, _log);
        _transport.Start(m => _received.Writer.WriteAsync(m, Ct));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _transport.DisposeAsync();
        _peer.Dispose();
    }

    private Task SendAsync(byte[] bytes) => _peer.SendAsync(bytes, _transport.LocalEndPoint.Address, Ct).AsTask();

    [Fact]
    public async Task A_good_datagram_is_handed_up_with_its_source()
    {
        await SendAsync(Rfc4475Corpus.Read("lwsdisp"));
        var inbound = await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);
        Assert.Equal("lwsdisp.1234abcd@funky.example.com", inbound.Message.CallId);
        Assert.Equal(((IPEndPoint)_peer.Client.LocalEndPoint!).Port, inbound.Source.Address.Port);
    }

    [Fact]
    public async Task A_bad_datagram_is_dropped_and_logged_and_the_loop_goes_on()
    {
        await SendAsync([0xFF, 0x00, 0x13, 0x37]);
        await SendAsync(Rfc4475Corpus.Read("lwsdisp"));
        var inbound = await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);
        Assert.Equal("lwsdisp.1234abcd@funky.example.com", inbound.Message.CallId);
        Assert.Equal(1, _log.Count("Dropped a bad message"));
    }

    [Fact]
    public async Task An_answerable_bad_request_gets_a_400_with_the_reason()
    {
        await SendAsync(Rfc4475Corpus.Read("mismatch01"));
        var reply = await _peer.ReceiveAsync(Ct).AsTask().WaitAsync(Wait, Ct);
        var response = Assert.IsType<SipResponse>(SipMessageParser.Parse(reply.Buffer).Message);
        Assert.Equal(400, response.StatusCode);
        Assert.Contains("CSeq method", response.Reason);
    }

    [Fact]
    public async Task A_datagram_over_the_maximum_size_is_dropped()
    {
        var huge = Encoding.ASCII.GetBytes("OPTIONS sip:a@b SIP/2.0\r\nX: " + new string('a', 5000) + "\r\n\r\n");
        await SendAsync(huge);
        await SendAsync(Rfc4475Corpus.Read("lwsdisp"));
        await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);
        Assert.Equal(1, _log.Count("larger than 4000"));
    }

    [Fact]
    public async Task A_flood_from_one_source_is_limited_with_one_log_line_while_another_source_gets_through()
    {
        var good = Rfc4475Corpus.Read("lwsdisp");
        for (var i = 0; i < 200; i++) await SendAsync(good);
        using var other = new UdpClient(new IPEndPoint(IPAddress.Parse("127.0.0.2"), 0));
        await other.SendAsync(Rfc4475Corpus.Read("transports"), _transport.LocalEndPoint.Address, Ct);
        var seen = new List<InboundMessage>();
        while (!seen.Any(m => m.Message.CallId.StartsWith("transports", StringComparison.Ordinal)))
            seen.Add(await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct));
        Assert.True(seen.Count(m => m.Message.CallId.StartsWith("lwsdisp", StringComparison.Ordinal)) <= 60);
        Assert.Equal(1, _log.Count("sending faster than its limit"));
    }

    [Fact]
    public async Task A_tcp_message_written_in_two_pieces_arrives_once()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_transport.TcpEndPoint!.Address, Ct);
        var bytes = Rfc4475Corpus.Read("lwsdisp");
        var stream = client.GetStream();
        await stream.WriteAsync(bytes.AsMemory(0, 40), Ct);
        await stream.FlushAsync(Ct);
        await Task.Delay(20, Ct);
        await stream.WriteAsync(bytes.AsMemory(40), Ct);
        var inbound = await _received.Reader.ReadAsync(Ct).AsTask().WaitAsync(Wait, Ct);
        Assert.Equal(SipTransportKind.Tcp, inbound.Source.Transport);
        Assert.Equal("lwsdisp.1234abcd@funky.example.com", inbound.Message.CallId);
    }
}
