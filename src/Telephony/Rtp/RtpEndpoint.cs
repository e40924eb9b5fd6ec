using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Outreach.Telephony.Rtp;

/// <summary>
/// The socket shell of one RTP session: an RTP socket on an even port and RTCP on the next, receive loops that hand
/// datagrams to the session and drop bad ones with a (rate-limited) log line, and sends to the peer — or, with symmetric
/// RTP, to where the peer's packets come from. Nothing is allocated per packet.
/// </summary>
public sealed partial class RtpEndpoint : IRtpTransport, IAsyncDisposable
{
    private readonly Socket _rtp;
    private readonly Socket _rtcp;
    private readonly RtpEndpointOptions _options;
    private readonly ILogger<RtpEndpoint> _log;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stop = new();
    private SocketAddress? _remoteRtp;
    private SocketAddress? _remoteRtcp;
    private RtpSession? _session;
    private Task _loops = Task.CompletedTask;
    private long _dropped;
    private long _sendErrors;
    private long _lastLogAt;

    private RtpEndpoint(Socket rtp, Socket rtcp, RtpEndpointOptions options, ILogger<RtpEndpoint> log, TimeProvider time)
    {
        (_rtp, _rtcp, _options, _log, _time) = (rtp, rtcp, options, log, time);
        RtpPort = ((IPEndPoint)rtp.LocalEndPoint!).Port;
    }

    public int RtpPort { get; }

    public int RtcpPort => RtpPort + 1;

    public IPAddress Address => _options.Address;

    /// <summary>Datagrams dropped: unreadable, of another payload type, or arriving before a session was attached.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public long SendErrors => Interlocked.Read(ref _sendErrors);

    /// <summary>Binds the next free even/odd port pair of the range; null when every pair is taken.</summary>
    public static RtpEndpoint? Open(RtpEndpointOptions options, RtpPortRange ports, ILogger<RtpEndpoint> log, TimeProvider time)
    {
        for (var attempt = 0; attempt < ports.Pairs; attempt++)
        {
            var port = ports.Next();
            var rtp = Bind(options, port);
            if (rtp is null) continue;
            var rtcp = Bind(options, port + 1);
            if (rtcp is not null) return new RtpEndpoint(rtp, rtcp, options, log, time);
            rtp.Dispose();
        }
        return null;
    }

    /// <summary>Starts receiving into <paramref name="session"/>.</summary>
    public void Start(RtpSession session)
    {
        _session = session;
        _loops = Task.WhenAll(
            Task.Run(() => ReceiveLoopAsync(_rtp, isRtcp: false, _stop.Token)),
            Task.Run(() => ReceiveLoopAsync(_rtcp, isRtcp: true, _stop.Token)));
    }

    public void SetRemote(string address, int port)
    {
        if (!IPAddress.TryParse(address, out var ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) || port is <= 0 or > 65534)
        {
            Volatile.Write(ref _remoteRtp, null); // c=0.0.0.0 or a name we do not resolve here: nowhere to send
            Volatile.Write(ref _remoteRtcp, null);
            return;
        }
        Volatile.Write(ref _remoteRtp, new IPEndPoint(ip, port).Serialize());
        Volatile.Write(ref _remoteRtcp, new IPEndPoint(ip, port + 1).Serialize());
    }

    public void SendRtp(ReadOnlySpan<byte> packet) => Send(_rtp, Volatile.Read(ref _remoteRtp), packet);

    public void SendRtcp(ReadOnlySpan<byte> packet) => Send(_rtcp, Volatile.Read(ref _remoteRtcp), packet);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _rtp.Dispose();
        _rtcp.Dispose();
        await _loops.ConfigureAwait(false);
        _stop.Dispose();
    }

    private static Socket? Bind(RtpEndpointOptions options, int port)
    {
        var socket = new Socket(options.Address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.ReceiveBufferSize = options.ReceiveBufferBytes;
            socket.Bind(new IPEndPoint(options.Address, port));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }

    private void Send(Socket socket, SocketAddress? to, ReadOnlySpan<byte> packet)
    {
        if (to is null) return;
        try
        {
            socket.SendTo(packet, SocketFlags.None, to);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            if (Interlocked.Increment(ref _sendErrors) % 1000 == 1) LogSendFailed(RtpPort, e.Message, SendErrors);
        }
    }

    private async Task ReceiveLoopAsync(Socket socket, bool isRtcp, CancellationToken cancellationToken)
    {
        var buffer = GC.AllocateArray<byte>(2048, pinned: true);
        var from = new SocketAddress(socket.AddressFamily);
        while (!cancellationToken.IsCancellationRequested)
        {
            int received;
            try
            {
                // No token per receive (it would register a callback on every packet): closing the socket ends the wait.
                received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, from, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException
                                      || (e is SocketException && cancellationToken.IsCancellationRequested))
            {
                return;
            }
            catch (SocketException e)
            {
                Drop(isRtcp, "socket error " + e.SocketErrorCode, 0);
                continue;
            }
            Deliver(buffer.AsSpan(0, received), from, isRtcp);
        }
    }

    private void Deliver(ReadOnlySpan<byte> datagram, SocketAddress from, bool isRtcp)
    {
        if (_session is not { } session)
        {
            Drop(isRtcp, "no session attached", datagram.Length);
            return;
        }
        bool good;
        if (isRtcp) good = session.ReceiveRtcp(datagram);
        else good = session.Receive(datagram) is ReceiveOutcome.Audio or ReceiveOutcome.Event;
        if (!good)
        {
            Drop(isRtcp, "unreadable, or not a payload type of the call", datagram.Length);
            return;
        }
        if (!_options.SymmetricRtp) return;
        if (isRtcp) Latch(ref _remoteRtcp, from);
        else Latch(ref _remoteRtp, from);
    }

    /// <summary>Symmetric RTP: the peer's source becomes our destination (a copy, made only when it changes).</summary>
    private static void Latch(ref SocketAddress? remote, SocketAddress from)
    {
        var current = Volatile.Read(ref remote);
        if (current is not null && current.Equals(from)) return;
        var copy = new SocketAddress(from.Family, from.Size);
        from.Buffer.Span[..from.Size].CopyTo(copy.Buffer.Span);
        Volatile.Write(ref remote, copy);
    }

    private void Drop(bool isRtcp, string reason, int length)
    {
        var count = Interlocked.Increment(ref _dropped);
        var now = _time.GetTimestamp();
        var last = Interlocked.Read(ref _lastLogAt);
        if (last != 0 && _time.GetElapsedTime(last, now) < TimeSpan.FromSeconds(1)) return;
        if (Interlocked.CompareExchange(ref _lastLogAt, now, last) != last) return;
        LogDropped(isRtcp ? RtcpPort : RtpPort, reason, length, count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "RTP port {Port}: dropped a datagram of {Length} bytes ({Reason}); {Dropped} dropped so far (one line a second at most)")]
    private partial void LogDropped(int port, string reason, int length, long dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "RTP port {Port}: send failed ({Error}); {Failures} failures so far")]
    private partial void LogSendFailed(int port, string error, long failures);
}
