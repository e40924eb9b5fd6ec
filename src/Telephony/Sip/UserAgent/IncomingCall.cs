using Outreach.Telephony.Sip.Dialogs;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transactions;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>A call we receive (UAS): ring, accept with the media side's answer, or reject with a code; CANCEL and BYE from the caller end it.</summary>
public sealed class IncomingCall : SipCall
{
    private readonly InviteServerTransaction _transaction;
    private readonly string _localTag;
    private bool _answered, _finished, _released;

    internal IncomingCall(UserAgentCore core, InviteServerTransaction transaction) : base(core, core.Sessions())
    {
        _transaction = transaction;
        _localTag = core.Ids.NewTag();
        transaction.AckTimedOut += _ => OnAckTimedOut();
    }

    /// <summary>The INVITE.</summary>
    public SipRequest Invite => _transaction.Request;

    /// <summary>The caller's offer (empty when the INVITE carried none).</summary>
    public ReadOnlyMemory<byte> RemoteOffer => _transaction.Request.Body;

    /// <summary>Raised when the caller cancels before we answer.</summary>
    public event Action? Cancelled;

    /// <summary>Raised when the caller's ACK confirms the answered call.</summary>
    public event Action? Confirmed;

    /// <summary>Sends 180 Ringing (forming the early dialog).</summary>
    public void Ring()
    {
        lock (Gate)
        {
            if (_finished) return;
            Dialog ??= Dialog.ForUas(Invite, _localTag, DialogState.Early);
        }
        _transaction.Respond(Respond(SipStatus.Ringing, null));
    }

    /// <summary>Sends 183 Session Progress carrying the media side's answer, so the caller hears early media (announcements, ringback).</summary>
    public void Progress()
    {
        var answer = RemoteOffer.IsEmpty ? SessionAnswer.Refusal : Session.Answer(RemoteOffer);
        lock (Gate)
        {
            if (_finished) return;
            Dialog ??= Dialog.ForUas(Invite, _localTag, DialogState.Early);
        }
        _transaction.Respond(Respond(SipStatus.SessionProgress, answer.Refused ? null : answer.Body));
    }

    /// <summary>Redirects the caller to another address with 302 Moved Temporarily.</summary>
    public void Redirect(SipUri target)
    {
        lock (Gate)
        {
            if (_finished) return;
            _finished = true;
        }
        var contact = new SipHeaders([new SipHeader(SipHeaderNames.Contact, new NameAddress(null, target, SipParameters.Empty).ToString())]);
        _transaction.Respond(SipResponses.For(Invite, SipStatus.MovedTemporarily, _localTag, extra: contact));
        End(CallEndedBy.Local);
    }

    /// <summary>Answers with 200 and the media side's answer (or its offer when the INVITE had none); a refused offer is answered 488 and false returned.</summary>
    public bool Accept()
    {
        var answer = RemoteOffer.IsEmpty ? SessionAnswer.With(Session.CreateOffer()) : Session.Answer(RemoteOffer);
        if (answer.Refused)
        {
            Reject(SipStatus.NotAcceptableHere);
            return false;
        }
        lock (Gate)
        {
            if (_finished) return false;
            _finished = _answered = true;
            Dialog ??= Dialog.ForUas(Invite, _localTag, DialogState.Confirmed);
            Dialog.Confirm();
            Core.Register(this, DialogIdKey.Of(Dialog.Id));
        }
        _transaction.Respond(Respond(SipStatus.Ok, answer.Body));
        return true;
    }

    /// <summary>Refuses the call with a final status (486 busy, 603 decline, 480 unavailable ...).</summary>
    public void Reject(int status, string? reason = null, SipHeaders? extra = null)
    {
        lock (Gate)
        {
            if (_finished) return;
            _finished = true;
        }
        _transaction.Respond(SipResponses.For(Invite, status, _localTag, reason, extra));
        End(CallEndedBy.Local);
    }

    /// <summary>Hangs up: BYE when answered, 480 while still ringing.</summary>
    public override async Task HangUpAsync(CancellationToken cancellationToken)
    {
        if (_answered) await SendByeAsync(cancellationToken).ConfigureAwait(false);
        else Reject(SipStatus.TemporarilyUnavailable);
    }

    internal void OnCancel()
    {
        lock (Gate)
        {
            if (_finished) return;
            _finished = true;
        }
        _transaction.Respond(SipResponses.For(Invite, SipStatus.RequestTerminated, _localTag));
        Cancelled?.Invoke();
        End(CallEndedBy.Remote);
    }

    internal override void OnAck(SipRequest ack)
    {
        if (ack.CSeq.Number != Invite.CSeq.Number)
        {
            base.OnAck(ack);
            return;
        }
        if (_transaction.Acknowledged) return;
        _transaction.Acknowledge();
        if (RemoteOffer.IsEmpty && !ack.Body.IsEmpty) Session.Accept(ack.Body);
        Confirmed?.Invoke();
    }

    private void OnAckTimedOut()
    {
        if (!_answered || IsEnded) return;
        _ = SendByeAsync(CancellationToken.None, CallEndedBy.Timeout);
    }

    private SipResponse Respond(int status, ReadOnlyMemory<byte>? body)
    {
        var extra = new List<SipHeader>
        {
            new(SipHeaderNames.Contact, Core.ContactFor(_transaction.Source.Transport).ToString()),
            new(SipHeaderNames.Server, Core.Options.Product),
        };
        if (body is { IsEmpty: false }) extra.Add(new SipHeader(SipHeaderNames.ContentType, Session.ContentType));
        var response = SipResponses.For(Invite, status, _localTag, extra: new SipHeaders(extra), body: body ?? default);
        // Record-Route is copied into 1xx/2xx so the caller's route set matches ours (§12.1.1).
        foreach (var rr in Invite.Headers.Lines(SipHeaderNames.RecordRoute)) response = response with { Headers = response.Headers.Add(SipHeaderNames.RecordRoute, rr) };
        return response;
    }

    private protected override void OnEnded()
    {
        lock (Gate)
        {
            if (_released) return;
            _released = true;
        }
        Core.ReleaseIncoming();
    }
}
