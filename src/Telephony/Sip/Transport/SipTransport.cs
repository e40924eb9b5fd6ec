using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Transport;

/// <summary>UDP (and optional TCP) on configured local addresses: receive loops that parse, rate-limit per source, answer unparseable requests with 400, and hand the rest up. Nothing thrown by bad input leaves a loop.</summary>
public sealed class SipTransport : ISipSender, IAsyncDisposable
{
    private readonly SipTransportOptions _options;
    private readonly ILogger _logger;
    private readonly SourceRateLimit _limit;
    private readonly CancellationTokenSource _stop = new();
    private readonly Socket? _udp;
    private readonly TcpConnections? _tcp;
    private readonly List<Task> _loops = [];
    private Func<InboundMessage, ValueTask> _handler = _ => ValueTask.CompletedTask;

    /// <summary>Binds the configured addresses (port 0 picks a free port); call <see cref="Start"/> to receive.</summary>
    public SipTransport(SipTransportOptions options, TimeProvider time, ILogger<SipTransport> logger)
    {
        _options = options;
        _logger = logger;
        _limit = new SourceRateLimit(options.MessagesPerSecondPerSource, options.BurstPerSource, time);
        if (options.UdpAddress is not null)
        {
            var bind = IPEndPoint.Parse(options.UdpAddress);
            _udp = new Socket(bind.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
            _udp.ReceiveBufferSize = 4 << 20;
            _udp.Bind(bind);
            LocalEndPoint = new SipEndPoint(SipTransportKind.Udp, (IPEndPoint)_udp.LocalEndPoint!);
        }
        var tcpBind = options.TcpAddress is null ? null : IPEndPoint.Parse(options.TcpAddress);
        _tcp = new TcpConnections(tcpBind, options.MaxMessageSize, Deliver, logger);
        LocalEndPoint ??= _tcp.LocalEndPoint ?? throw new ArgumentException("neither UDP nor TCP is configured", nameof(options));
    }

    /// <inheritdoc />
    public SipEndPoint LocalEndPoint { get; }

    /// <inheritdoc />
    public SipEndPoint LocalFor(SipTransportKind transport) =>
        transport == SipTransportKind.Tcp ? TcpEndPoint ?? LocalEndPoint with { Transport = SipTransportKind.Tcp } : LocalEndPoint;

    /// <summary>The TCP listening address, when a listener is configured.</summary>
    public SipEndPoint? TcpEndPoint => _tcp?.LocalEndPoint;

    /// <summary>Messages dropped so far because they were unparseable, too large or over a source's rate.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    private long _dropped;

    /// <summary>Starts the receive loops; every parsed message goes to the handler.</summary>
    public void Start(Func<InboundMessage, ValueTask> handler)
    {
        _handler = handler;
        if (_udp is not null)
        {
            TransportLog.Listening(_logger, LocalEndPoint);
            _loops.Add(Task.Run(() => ReceiveUdpAsync(_udp, _stop.Token)));
        }
        if (_tcp?.LocalEndPoint is { } tcp)
        {
            TransportLog.Listening(_logger, tcp);
            _loops.Add(_tcp.AcceptAsync(_stop.Token));
        }
    }

    /// <inheritdoc />
    public async ValueTask SendAsync(SipMessage message, SipEndPoint destination, CancellationToken cancellationToken)
    {
        var bytes = SipMessageWriter.Write(message);
        try
        {
            if (destination.Transport == SipTransportKind.Tcp && _tcp is not null)
                await _tcp.SendAsync(bytes, destination, cancellationToken).ConfigureAwait(false);
            else if (_udp is not null)
                await _udp.SendToAsync(bytes, SocketFlags.None, destination.Address, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or IOException or OperationCanceledException)
        {
            TransportLog.SendFailed(_logger, destination, e.Message);
        }
    }

    /// <inheritdoc />
    public void Post(SipMessage message, SipEndPoint destination)
    {
        if (destination.Transport == SipTransportKind.Udp && _udp is not null)
        {
            // A UDP send does not block; sending inline keeps retransmissions in order and costs no task.
            try { _udp.SendTo(SipMessageWriter.Write(message), SocketFlags.None, destination.Address); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { TransportLog.SendFailed(_logger, destination, e.Message); }
            return;
        }
        _ = SendAsync(message, destination, _stop.Token).AsTask();
    }

    private async Task ReceiveUdpAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[_options.MaxMessageSize + 1];
        EndPoint any = new IPEndPoint(socket.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, any, cancellationToken).ConfigureAwait(false);
                var source = new SipEndPoint(SipTransportKind.Udp, (IPEndPoint)received.RemoteEndPoint);
                await Deliver(buffer.AsMemory(0, received.ReceivedBytes), source, false).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { break; }
            catch (ObjectDisposedException) { break; }
            catch (Exception e)
            {
                TransportLog.ReceiveFailed(_logger, e, LocalEndPoint);
            }
        }
    }

    // Shared by UDP and TCP: rate first (a flood is dropped without a log line each), then size, parse, refuse or hand up. Never throws.
    private async ValueTask Deliver(ReadOnlyMemory<byte> bytes, SipEndPoint source, bool stream)
    {
        if (!Admit(source)) return;
        if (bytes.Length > _options.MaxMessageSize)
        {
            Interlocked.Increment(ref _dropped);
            TransportLog.DroppedLarge(_logger, source, bytes.Length, _options.MaxMessageSize);
            return;
        }
        var parsed = SipMessageParser.Parse(bytes.Span, stream);
        if (!parsed.Succeeded)
        {
            Interlocked.Increment(ref _dropped);
            TransportLog.DroppedBad(_logger, source, parsed.Error!.Reason);
            if (SipResponses.ForRefused(parsed.Error) is { } refusal) await SendAsync(refusal, source, _stop.Token).ConfigureAwait(false);
            return;
        }
        try
        {
            await _handler(new InboundMessage(parsed.Message!, source)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            TransportLog.HandlerFailed(_logger, e, source);
        }
    }

    private bool Admit(SipEndPoint source)
    {
        switch (_limit.Admit(source.Address.Address))
        {
            case SourceRateLimit.Verdict.Admitted:
                return true;
            case SourceRateLimit.Verdict.StartedLimiting:
                TransportLog.Limiting(_logger, source.Address.Address.ToString());
                break;
        }
        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>Stops the loops and closes every socket.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _udp?.Dispose();
        if (_tcp is not null) await _tcp.DisposeAsync().ConfigureAwait(false);
        try { await Task.WhenAll(_loops).ConfigureAwait(false); }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { }
        _stop.Dispose();
    }
}
