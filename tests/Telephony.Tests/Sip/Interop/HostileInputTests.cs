using System.Net;
using System.Net.Sockets;
using System.Text;
using Outreach.Telephony.Sip.Transport;
using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.Interop;

/// <summary>A flood of malformed and oversized datagrams from one address while sipp's calls still get through.</summary>
public sealed class HostileInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_flood_of_bad_and_huge_datagrams_from_one_address_is_dropped_while_sipps_calls_succeed()
    {
        var logs = new ListLoggerFactory();
        var options = new SipUserAgentOptions { Transport = new SipTransportOptions { UdpAddress = "127.0.0.1:0", MaxMessageSize = 8_000, MessagesPerSecondPerSource = 500, BurstPerSource = 500 } };
        await using var agent = InteropAgent.Start(options, loggers: logs);
        agent.IncomingCall += call => call.Accept();

        using var flooder = new UdpClient(new IPEndPoint(IPAddress.Parse("127.0.0.5"), 0));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var flood = Task.Run(async () => await FloodAsync(flooder, agent.LocalEndPoint.Address, stop.Token), Ct);

        await using var sipp = Sipp.Start(FreePorts.Udp(), "-sn", "uac", "-m", "5", "-r", "10", "-d", "100", "-s", "service", agent.LocalEndPoint.Address.ToString());
        var exit = await sipp.WaitForExitAsync(TimeSpan.FromSeconds(20), Ct);
        await stop.CancelAsync();
        var sent = await flood;

        Assert.True(exit == 0, sipp.Output);
        Assert.True(sent > 1_000);
        Assert.True(agent.DroppedMessages > 500);
        Assert.Equal(1, logs.Logger.Count("Source 127.0.0.5 is sending faster than its limit"));
        Assert.True(logs.Logger.Count("larger than 8000") + logs.Logger.Count("Dropped a bad message") > 0);
        Assert.Equal(0, logs.Logger.Count("Receive on"));
        Assert.Equal(0, agent.ActiveCalls);
    }

    // Random octets, broken SIP and datagrams larger than the limit, in a loop bounded by count and by the token.
    private static async Task<int> FloodAsync(UdpClient socket, IPEndPoint target, CancellationToken cancellationToken)
    {
        var random = new Random(4475);
        var broken = Encoding.ASCII.GetBytes("INVITE sip:x SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.5;branch=z9hG4bKflood\r\nCSeq: 1 OPTIONS\r\n\r\n");
        var huge = new byte[20_000];
        var sent = 0;
        for (; sent < 200_000 && !cancellationToken.IsCancellationRequested; sent++)
        {
            var garbage = new byte[random.Next(1, 1_400)];
            random.NextBytes(garbage);
            var datagram = (sent % 3) switch { 0 => garbage, 1 => broken, _ => huge };
            try { await socket.SendAsync(datagram, target, cancellationToken); }
            catch (OperationCanceledException) { break; }
            if (sent % 200 == 0) await Task.Delay(1, CancellationToken.None);
        }
        return sent;
    }
}
