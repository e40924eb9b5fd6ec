using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Dialogs;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transactions;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>A call we place (UAC): INVITE with an offer, 1xx surfaced as ringing and early media, 2xx acknowledged, a 3xx followed once, 401/407 answered, CANCEL on request or at the ring limit.</summary>
public sealed class OutgoingCall : SipCall
{
    private readonly OutgoingCallRequest _request;
    private readonly TaskCompletionSource<CallSetup> _setup = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long _started;
    private readonly DigestClient? _digest;
    private readonly string _callId;
    private readonly NameAddress _from;
    private SipRequest _invite = null!;
    private SipEndPoint _destination = null!;
    private ITimer? _ringTimer;
    private bool _provisional, _cancelWanted, _cancelSent, _ringLimitHit, _rang, _redirected;
    private int _authAttempts;

    internal OutgoingCall(UserAgentCore core, OutgoingCallRequest request) : base(core, core.Sessions())
    {
        _request = request;
        Credentials = request.Credentials;
        _digest = request.Credentials is null ? null : new DigestClient(request.Credentials, core.Ids.NewCnonce);
        _started = core.Time.GetTimestamp();
        _callId = core.Ids.NewCallId(core.Host);
        var fromUri = SipUri.ForSip(request.FromUser ?? core.Options.User, core.Host);
        _from = new NameAddress(null, fromUri, new SipParameters([new SipParameter("tag", core.Ids.NewTag())]));
    }

    /// <summary>The target called.</summary>
    public SipUri Target => _request.Target;

    /// <summary>The Call-ID of this call.</summary>
    public string CallId => _callId;

    /// <summary>Raised once on the first 180.</summary>
    public event Action? Ringing;

    /// <summary>Raised when a provisional response carries a session body (183 Session Progress).</summary>
    public event Action<ReadOnlyMemory<byte>>? EarlyMedia;

    /// <summary>Raised on the 2xx with the peer's answer.</summary>
    public event Action<ReadOnlyMemory<byte>>? Answered;

    /// <summary>Raised when setup ends without an answer.</summary>
    public event Action<CallSetup>? Failed;

    /// <summary>Completes when the call is answered or has failed.</summary>
    public Task<CallSetup> Setup => _setup.Task;

    internal void Start()
    {
        var destination = Core.OutOfDialogDestination(_request.Target);
        if (destination is null)
        {
            Fail(SipStatus.NotFound, "Not Found (target host does not resolve)", NetworkOutcome.Invalid);
            return;
        }
        _destination = destination;
        SendInvite(_request.Target, 1, null);
        if (_request.RingTimeout is { } limit) _ringTimer = Core.Time.CreateTimer(_ => OnRingLimit(), null, limit, Timeout.InfiniteTimeSpan);
    }

    private void SendInvite(SipUri target, long sequence, SipHeader? authorization)
    {
        var headers = new List<SipHeader>
        {
            new(SipHeaderNames.Via, Core.NewVia(_destination.Transport).ToString()),
            new(SipHeaderNames.MaxForwards, "70"),
            new(SipHeaderNames.From, _from.ToString()),
            new(SipHeaderNames.To, new NameAddress(null, _request.Target, SipParameters.Empty).ToString()),
            new(SipHeaderNames.CallId, _callId),
            new(SipHeaderNames.CSeq, new CSeq(sequence, SipMethods.Invite).ToString()),
            new(SipHeaderNames.Contact, Core.ContactFor(_destination.Transport).ToString()),
            new(SipHeaderNames.Allow, string.Join(", ", SipMethods.Allowed)),
            new(SipHeaderNames.UserAgent, Core.Options.Product),
            new(SipHeaderNames.ContentType, Session.ContentType),
        };
        if (authorization is not null) headers.Add(authorization);
        lock (Gate)
        {
            _invite = new SipRequest(SipMethods.Invite, target, new SipHeaders(headers), Session.CreateOffer());
            _provisional = false;
        }
        Core.Layer.Send(_invite, _destination, this);
    }

    /// <inheritdoc />
    public override void OnResponse(ClientTransaction transaction, SipResponse response)
    {
        if (!ReferenceEquals(transaction.Request, _invite))
        {
            base.OnResponse(transaction, response);
            return;
        }
        if (response.IsProvisional) OnProvisional(response);
        else if (response.IsSuccess) OnAnswered(response);
        else OnFailure(transaction, response);
    }

    private void OnProvisional(SipResponse response)
    {
        bool cancel, ring;
        lock (Gate)
        {
            _provisional = true;
            cancel = _cancelWanted && !_cancelSent;
            ring = response.StatusCode == SipStatus.Ringing && !_rang;
            _rang |= ring;
            if (response.StatusCode > SipStatus.Trying && response.To.Tag is not null && Dialog is null) Dialog = Dialog.ForUac(_invite, response);
        }
        if (cancel) SendCancel();
        if (ring) Ringing?.Invoke();
        if (response.StatusCode > SipStatus.Trying && !response.Body.IsEmpty)
        {
            Session.Accept(response.Body);
            EarlyMedia?.Invoke(response.Body);
        }
    }

    private void OnAnswered(SipResponse response)
    {
        bool first;
        lock (Gate)
        {
            first = !_setup.Task.IsCompleted;
            if (first)
            {
                Dialog = Dialog.ForUac(_invite, response);
                Core.Register(this, DialogIdKey.Of(Dialog.Id));
            }
        }
        if (!first && Dialog is { } kept && response.To.Tag != kept.Id.RemoteTag)
        {
            EndFork(response);
            return;
        }
        Acknowledge(_invite, response);
        if (!first) return;
        _ringTimer?.Dispose();
        bool unwanted;
        lock (Gate) unwanted = _cancelWanted;
        if (unwanted || !Session.Accept(response.Body))
        {
            // Answered after we gave up (CANCEL crossed the 2xx) or with an unusable answer: acknowledge, then hang up.
            Fail(unwanted ? SipStatus.RequestTerminated : SipStatus.NotAcceptableHere, unwanted ? "Answered after cancel" : "Unusable answer", unwanted ? NetworkOutcome.NoAnswer : NetworkOutcome.Failed);
            _ = SendByeAsync(CancellationToken.None);
            return;
        }
        _setup.TrySetResult(new CallSetup(NetworkOutcome.Answered, response.StatusCode, response.Reason, response.Body, Core.Time.GetElapsedTime(_started)));
        Answered?.Invoke(response.Body);
    }

    // §13.2.2.4: a second 2xx from another fork forms its own dialog; it is acknowledged and hung up at once.
    private void EndFork(SipResponse response)
    {
        var fork = Dialog.ForUac(_invite, response);
        if (SipUriResolver.Resolve(fork.NextHop) is not { } destination) return;
        Core.Layer.SendStateless(fork.CreateAck(_invite.CSeq.Number, Core.NewVia(destination.Transport)), destination);
        Core.Layer.Send(fork.CreateRequest(SipMethods.Bye, Core.NewVia(destination.Transport)), destination);
    }

    private void OnFailure(ClientTransaction transaction, SipResponse response)
    {
        if (TryAuthenticate(response) || TryRedirect(response)) return;
        _ringTimer?.Dispose();
        NetworkOutcome outcome;
        lock (Gate)
            outcome = transaction.TimedOut && !_provisional ? NetworkOutcome.Failed
                : _ringLimitHit || (_cancelSent && response.StatusCode == SipStatus.RequestTerminated) ? NetworkOutcome.NoAnswer
                : CallOutcomes.ForStatus(response.StatusCode);
        Fail(response.StatusCode, _ringLimitHit ? "Ring limit reached" : response.Reason, outcome);
    }

    private bool TryAuthenticate(SipResponse response)
    {
        if (response.StatusCode is not (SipStatus.Unauthorized or SipStatus.ProxyAuthenticationRequired) || _digest is null) return false;
        var challenge = DigestChallenge.Best(response);
        if (challenge is null || _authAttempts >= 2 || (_authAttempts == 1 && !challenge.Stale)) return false;
        _authAttempts++;
        SendInvite(_invite.Uri, _invite.CSeq.Number + 1, _digest.Authorize(_invite, challenge));
        return true;
    }

    // A 3xx is followed once, to its first Contact (RFC 3261 §8.1.3.4).
    private bool TryRedirect(SipResponse response)
    {
        if (response.StatusCode is < 300 or >= 400 || _redirected || response.Contacts.FirstOrDefault() is not { } contact) return false;
        var destination = Core.OutOfDialogDestination(contact.Uri);
        if (destination is null) return false;
        _redirected = true;
        _destination = destination;
        SendInvite(contact.Uri, _invite.CSeq.Number + 1, null);
        return true;
    }

    private void Fail(int status, string reason, NetworkOutcome outcome)
    {
        var setup = new CallSetup(outcome, status, reason, ReadOnlyMemory<byte>.Empty, Core.Time.GetElapsedTime(_started));
        if (!_setup.TrySetResult(setup)) return;
        _ringTimer?.Dispose();
        Failed?.Invoke(setup);
        if (Dialog is null || Dialog.State != DialogState.Confirmed) End(CallEndedBy.Local);
    }

    private void OnRingLimit()
    {
        lock (Gate) _ringLimitHit = true;
        Cancel();
    }

    /// <summary>Cancels the call while it rings (sent at the first provisional when none came yet).</summary>
    public void Cancel()
    {
        bool send;
        lock (Gate)
        {
            if (_setup.Task.IsCompleted || _cancelWanted) return;
            _cancelWanted = true;
            send = _provisional;
        }
        if (send) SendCancel();
    }

    private void SendCancel()
    {
        SipRequest cancel;
        lock (Gate)
        {
            if (_cancelSent) return;
            _cancelSent = true;
            // §9.1: same Request-URI, Call-ID, From, To, top Via (branch), Route and CSeq number as the INVITE.
            var headers = new List<SipHeader>
            {
                new(SipHeaderNames.Via, _invite.Headers.Get(SipHeaderNames.Via)!),
                new(SipHeaderNames.MaxForwards, "70"),
                new(SipHeaderNames.From, _invite.Headers.Get(SipHeaderNames.From)!),
                new(SipHeaderNames.To, _invite.Headers.Get(SipHeaderNames.To)!),
                new(SipHeaderNames.CallId, _callId),
                new(SipHeaderNames.CSeq, new CSeq(_invite.CSeq.Number, SipMethods.Cancel).ToString()),
            };
            headers.AddRange(_invite.Headers.Lines(SipHeaderNames.Route).Select(r => new SipHeader(SipHeaderNames.Route, r)));
            cancel = new SipRequest(SipMethods.Cancel, _invite.Uri, new SipHeaders(headers), ReadOnlyMemory<byte>.Empty);
        }
        Core.Layer.Send(cancel, _destination);
    }

    /// <summary>Hangs up: BYE when answered, CANCEL while ringing.</summary>
    public override async Task HangUpAsync(CancellationToken cancellationToken)
    {
        if (_setup.Task.IsCompletedSuccessfully && _setup.Task.Result.Answered) await SendByeAsync(cancellationToken).ConfigureAwait(false);
        else Cancel();
    }

    private protected override void OnEnded() => _ringTimer?.Dispose();
}
