using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Outreach.Telephony.Sip.Transport;

/// <summary>The TCP side: an optional listener, one framed read loop per connection, and connections reused by remote address for sending.</summary>
internal sealed class TcpConnections : IAsyncDisposable
{
    private readonly TcpListener? _listener;
    private readonly int _maxMessageSize;
    private readonly Func<ReadOnlyMemory<byte>, SipEndPoint, bool, ValueTask> _deliver;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<IPEndPoint, Connection> _connections = new();
    private readonly CancellationTokenSource _stop = new();

    private sealed record Connection(Socket Socket, SemaphoreSlim WriteLock);

    public TcpConnections(IPEndPoint? bind, int maxMessageSize, Func<ReadOnlyMemory<byte>, SipEndPoint, bool, ValueTask> deliver, ILogger logger)
    {
        _maxMessageSize = maxMessageSize;
        _deliver = deliver;
        _logger = logger;
        if (bind is null) return;
        _listener = new TcpListener(bind);
        _listener.Start();
        LocalEndPoint = new SipEndPoint(SipTransportKind.Tcp, (IPEndPoint)_listener.LocalEndpoint);
    }

    public SipEndPoint? LocalEndPoint { get; }

    public async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested && _listener is not null)
        {
            try
            {
                var socket = await _listener.AcceptSocketAsync(cancellationToken).ConfigureAwait(false);
                Track(socket);
            }
            catch (OperationCanceledException) { break; }
            catch (ObjectDisposedException) { break; }
            catch (SocketException e) { TransportLog.ReceiveFailed(_logger, e, LocalEndPoint!); }
        }
    }

    public async Task SendAsync(byte[] bytes, SipEndPoint destination, CancellationToken cancellationToken)
    {
        if (!_connections.TryGetValue(destination.Address, out var connection))
        {
            var socket = new Socket(destination.Address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(destination.Address, cancellationToken).ConfigureAwait(false);
            connection = Track(socket);
        }
        await connection.WriteLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try { await connection.Socket.SendAsync(bytes, SocketFlags.None, cancellationToken).ConfigureAwait(false); }
        finally { connection.WriteLock.Release(); }
    }

    private Connection Track(Socket socket)
    {
        var remote = (IPEndPoint)socket.RemoteEndPoint!;
        var connection = new Connection(socket, new SemaphoreSlim(1, 1));
        _connections[remote] = connection;
        _ = Task.Run(() => ReadAsync(connection, remote, _stop.Token));
        return connection;
    }

    private async Task ReadAsync(Connection connection, IPEndPoint remote, CancellationToken cancellationToken)
    {
        var source = new SipEndPoint(SipTransportKind.Tcp, remote);
        var framer = new SipStreamFramer(_maxMessageSize);
        var buffer = new byte[8192];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var read = await connection.Socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
                if (read == 0) break;
                framer.Append(buffer.AsSpan(0, read));
                if (!await DrainAsync(framer, source).ConfigureAwait(false)) break;
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or ObjectDisposedException) { }
        finally
        {
            _connections.TryRemove(new KeyValuePair<IPEndPoint, Connection>(remote, connection));
            connection.Socket.Dispose();
        }
    }

    // False when the stream cannot be framed any more (the connection is closed).
    private async Task<bool> DrainAsync(SipStreamFramer framer, SipEndPoint source)
    {
        while (true)
        {
            var frame = framer.Next();
            if (frame.IsFatal)
            {
                TransportLog.DroppedBad(_logger, source, frame.Error!);
                return false;
            }
            if (frame.Message is null) return true;
            await _deliver(frame.Message, source, true).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener?.Stop();
        foreach (var c in _connections.Values) c.Socket.Dispose();
        _stop.Dispose();
    }
}
