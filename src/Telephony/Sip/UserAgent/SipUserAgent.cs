using Microsoft.Extensions.Logging;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Registrar;
using Outreach.Telephony.Sip.Transactions;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>A SIP user agent (UAC and UAS) over a transport: places calls, offers incoming ones, answers OPTIONS, screens requests, limits concurrent incoming calls (503), and can host a registrar.</summary>
public sealed class SipUserAgent : ITransactionUser, IAsyncDisposable
{
    private readonly UserAgentCore _core;
    private readonly SipTransport? _transport;
    private readonly IRegistrar? _registrar;
    private readonly ScreeningPolicy _policy;

    internal SipUserAgent(SipUserAgentOptions options, ISipSender sender, TimeProvider time, ILogger logger, Func<ISessionBody> sessions, IRegistrar? registrar, SipTransport? transport = null)
    {
        _transport = transport;
        _registrar = registrar;
        _policy = registrar is null ? ScreeningPolicy.UserAgent : ScreeningPolicy.UserAgent.WithRegistrar();
        _core = new UserAgentCore(options, sender, time, logger, sessions);
        Layer = new SipTransactionLayer(sender, options.Timers, time, this);
        _core.Layer = Layer;
        LocalEndPoint = sender.LocalEndPoint;
    }

    /// <summary>Binds the transport and starts receiving.</summary>
    public static SipUserAgent Start(SipUserAgentOptions options, ILoggerFactory loggers, TimeProvider time, Func<ISessionBody> sessions, IRegistrar? registrar = null)
    {
        var transport = new SipTransport(options.Transport, time, loggers.CreateLogger<SipTransport>());
        var agent = new SipUserAgent(options, transport, time, loggers.CreateLogger<SipUserAgent>(), sessions, registrar, transport);
        transport.Start(agent.Layer.OnInbound);
        return agent;
    }

    /// <summary>The transaction layer (its counts show nothing leaks).</summary>
    public SipTransactionLayer Layer { get; }

    /// <summary>Where this agent listens.</summary>
    public SipEndPoint LocalEndPoint { get; }

    /// <summary>Where this agent listens for TCP, when it does.</summary>
    public SipEndPoint? TcpEndPoint => _transport?.TcpEndPoint;

    /// <summary>Messages the transport dropped (bad, too large, over rate).</summary>
    public long DroppedMessages => _transport?.Dropped ?? 0;

    /// <summary>Calls with a dialog in the table.</summary>
    public int ActiveCalls => _core.ActiveCalls;

    /// <summary>Incoming calls ringing or up.</summary>
    public int IncomingCalls => _core.IncomingCalls;

    /// <summary>Raised for each new incoming call (ring, accept or reject it); with no handler calls are refused 480.</summary>
    public event Action<IncomingCall>? IncomingCall;

    /// <summary>Places a call; follow it through its events and <see cref="OutgoingCall.Setup"/>.</summary>
    public OutgoingCall PlaceCall(OutgoingCallRequest request)
    {
        var call = new OutgoingCall(_core, request);
        call.Start();
        return call;
    }

    /// <summary>Sends an out-of-dialog OPTIONS (keep-alive, capability probe) and returns the final response (a made-up 408 on timeout).</summary>
    public Task<SipResponse> PingAsync(SipUri target, CancellationToken cancellationToken)
    {
        var destination = _core.OutOfDialogDestination(target);
        if (destination is null) return Task.FromResult(new SipResponse(SipStatus.NotFound, "Not Found (no address)", SipHeaders.Empty, default));
        return _core.RequestAsync(() => OutOfDialogRequest(SipMethods.Options, target, destination.Transport), destination, null, cancellationToken);
    }

    /// <summary>Sends an out-of-dialog request through the transaction layer (REGISTER uses this), answering challenges with the credentials.</summary>
    internal Task<SipResponse> RequestAsync(Func<SipRequest> build, SipEndPoint destination, Auth.SipCredentials? credentials, CancellationToken cancellationToken) =>
        _core.RequestAsync(build, destination, credentials, cancellationToken);

    internal UserAgentCore Core => _core;

    private SipRequest OutOfDialogRequest(string method, SipUri target, SipTransportKind transport)
    {
        var from = new NameAddress(null, SipUri.ForSip(_core.Options.User, _core.Host), new SipParameters([new SipParameter("tag", _core.Ids.NewTag())]));
        return new SipRequest(method, target, new SipHeaders([
            new SipHeader(SipHeaderNames.Via, _core.NewVia(transport).ToString()),
            new SipHeader(SipHeaderNames.MaxForwards, "70"),
            new SipHeader(SipHeaderNames.From, from.ToString()),
            new SipHeader(SipHeaderNames.To, new NameAddress(null, target, SipParameters.Empty).ToString()),
            new SipHeader(SipHeaderNames.CallId, _core.Ids.NewCallId(_core.Host)),
            new SipHeader(SipHeaderNames.CSeq, new CSeq(1, method).ToString()),
            new SipHeader(SipHeaderNames.UserAgent, _core.Options.Product)]), ReadOnlyMemory<byte>.Empty);
    }

    void ITransactionUser.OnRequest(ServerTransaction transaction)
    {
        var request = transaction.Request;
        var refusal = RequestScreening.Screen(request, _policy, _core.Ids.NewTag());
        if (refusal is not null)
        {
            UserAgentLog.Refused(_core.Logger, request.Method, transaction.Source.ToString(), refusal.StatusCode, refusal.Reason);
            transaction.Respond(refusal);
            return;
        }
        if (request.To.Tag is { } tag)
        {
            if (_core.Find(request.CallId, tag, request.From.Tag) is { } call) call.OnRequest(transaction);
            else transaction.Respond(SipResponses.For(request, SipStatus.CallDoesNotExist));
            return;
        }
        switch (request.Method)
        {
            case SipMethods.Invite:
                OnInvite((InviteServerTransaction)transaction);
                break;
            case SipMethods.Cancel:
                OnCancel(transaction);
                break;
            case SipMethods.Options:
                transaction.Respond(SipResponses.For(request, SipStatus.Ok, _core.Ids.NewTag(), extra: Capabilities()));
                break;
            case SipMethods.Register when _registrar is not null:
                transaction.Respond(_registrar.Register(request, _core.Ids.NewTag()));
                break;
            default:
                transaction.Respond(SipResponses.For(request, SipStatus.CallDoesNotExist, _core.Ids.NewTag()));
                break;
        }
    }

    private void OnInvite(InviteServerTransaction transaction)
    {
        if (!_core.TryAdmitIncoming())
        {
            UserAgentLog.Overloaded(_core.Logger, _core.IncomingCalls, _core.Options.MaxIncomingCalls);
            var retry = new SipHeaders([new SipHeader(SipHeaderNames.RetryAfter, _core.Options.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            transaction.Respond(SipResponses.For(transaction.Request, SipStatus.ServiceUnavailable, _core.Ids.NewTag(), extra: retry));
            return;
        }
        var call = new IncomingCall(_core, transaction);
        _incoming.AddOrUpdate(transaction, call);
        var handler = IncomingCall;
        if (handler is null) call.Reject(SipStatus.TemporarilyUnavailable);
        else handler(call);
    }

    private void OnCancel(ServerTransaction cancel)
    {
        var invite = Layer.FindInvite(cancel.Request);
        cancel.Respond(SipResponses.For(cancel.Request, invite is null ? SipStatus.CallDoesNotExist : SipStatus.Ok, _core.Ids.NewTag()));
        if (invite is not null && _incoming.TryGetValue(invite, out var call)) call.OnCancel();
    }

    // The call each INVITE transaction belongs to, for CANCEL; entries go with their transaction.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<InviteServerTransaction, IncomingCall> _incoming = [];

    private SipHeaders Capabilities() => new([
        new SipHeader(SipHeaderNames.Allow, string.Join(", ", _policy.Methods)),
        new SipHeader(SipHeaderNames.Accept, string.Join(", ", _policy.BodyTypes)),
        new SipHeader(SipHeaderNames.Server, _core.Options.Product)]);

    void ITransactionUser.OnAck(SipRequest ack, SipEndPoint source) =>
        _core.Find(ack.CallId, ack.To.Tag, ack.From.Tag)?.OnAck(ack);

    void ITransactionUser.OnStrayResponse(SipResponse response, SipEndPoint source)
    {
        if (response.IsSuccess && response.CSeq.Method == SipMethods.Invite)
            _core.Find(response.CallId, response.From.Tag, response.To.Tag)?.OnStrayOk(response);
    }

    /// <summary>Stops the transport.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_transport is not null) await _transport.DisposeAsync().ConfigureAwait(false);
    }
}
