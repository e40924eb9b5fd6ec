using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Dialogs;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transactions;

namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>What an outgoing and an incoming call share once a dialog exists: BYE either way, re-INVITEs either way (glare answered 491), in-dialog OPTIONS, the end of the call.</summary>
public abstract class SipCall : IClientTransactionUser
{
    private readonly TaskCompletionSource<CallEndedBy> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private protected readonly Lock Gate = new();
    private readonly Dictionary<long, SipRequest> _acks = [];
    private bool _reinviting;

    private protected SipCall(UserAgentCore core, ISessionBody session)
    {
        Core = core;
        Session = session;
    }

    internal UserAgentCore Core { get; }

    /// <summary>The media side of this call.</summary>
    public ISessionBody Session { get; }

    /// <summary>The dialog, once there is one.</summary>
    public Dialog? Dialog { get; private protected set; }

    /// <summary>Credentials for in-dialog challenges (outgoing calls set them).</summary>
    private protected SipCredentials? Credentials { get; init; }

    /// <summary>Raised once when the call is over, with who ended it.</summary>
    public event Action<CallEndedBy>? Ended;

    /// <summary>Completes when the call is over.</summary>
    public Task<CallEndedBy> Completion => _ended.Task;

    /// <summary>True once the call ended.</summary>
    public bool IsEnded => _ended.Task.IsCompleted;

    /// <summary>Ends the call from this side.</summary>
    public abstract Task HangUpAsync(CancellationToken cancellationToken);

    /// <summary>Sends BYE and ends the call; returns the BYE's final status.</summary>
    private protected async Task<int> SendByeAsync(CancellationToken cancellationToken, CallEndedBy by = CallEndedBy.Local)
    {
        var dialog = Dialog;
        if (dialog is null || dialog.State == DialogState.Terminated) return 0;
        var destination = SipUriResolver.Resolve(dialog.NextHop);
        End(by);
        if (destination is null) return 0;
        var response = await Core.RequestAsync(() => dialog.CreateRequest(SipMethods.Bye, Core.NewVia(destination.Transport)), destination, Credentials, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    /// <summary>Sends a re-INVITE with the media side's current offer (hold, unhold, session refresh); returns the final status (491 on glare).</summary>
    public async Task<int> UpdateSessionAsync(CancellationToken cancellationToken)
    {
        var dialog = Dialog;
        if (dialog is not { State: DialogState.Confirmed }) return SipStatus.CallDoesNotExist;
        lock (Gate)
        {
            if (_reinviting) return SipStatus.RequestPending;
            _reinviting = true;
        }
        try
        {
            var destination = SipUriResolver.Resolve(dialog.NextHop);
            if (destination is null) return SipStatus.NotFound;
            var invite = dialog.CreateRequest(SipMethods.Invite, Core.NewVia(destination.Transport), Core.ContactFor(destination.Transport), Session.CreateOffer(), Session.ContentType);
            var response = await Core.Layer.Send(invite, destination, this).Final.WaitAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccess && !Session.Accept(response.Body)) return SipStatus.NotAcceptableHere;
            return response.StatusCode;
        }
        finally
        {
            lock (Gate) _reinviting = false;
        }
    }

    /// <summary>Responses to our in-dialog INVITEs: every 2xx (first or retransmitted) is acknowledged end to end.</summary>
    public virtual void OnResponse(ClientTransaction transaction, SipResponse response)
    {
        if (response.IsSuccess && transaction.Request.Method == SipMethods.Invite) Acknowledge(transaction.Request, response);
    }

    private protected void Acknowledge(SipRequest invite, SipResponse response)
    {
        var dialog = Dialog;
        if (dialog is null || SipUriResolver.Resolve(dialog.NextHop) is not { } destination) return;
        SipRequest ack;
        lock (Gate)
        {
            if (!_acks.TryGetValue(invite.CSeq.Number, out ack!))
            {
                ack = dialog.CreateAck(invite.CSeq.Number, Core.NewVia(destination.Transport));
                _acks[invite.CSeq.Number] = ack;
            }
        }
        Core.Layer.SendStateless(ack, destination);
    }

    /// <summary>A 2xx that outlived its transaction: the ACK was lost, send it again.</summary>
    internal void OnStrayOk(SipResponse response)
    {
        SipRequest? ack;
        lock (Gate) _acks.TryGetValue(response.CSeq.Number, out ack);
        if (ack is not null && Dialog is { } dialog && SipUriResolver.Resolve(dialog.NextHop) is { } destination) Core.Layer.SendStateless(ack, destination);
    }

    /// <summary>A request inside this call's dialog.</summary>
    internal void OnRequest(ServerTransaction transaction)
    {
        var request = transaction.Request;
        var dialog = Dialog!;
        if (!dialog.AcceptRemote(request))
        {
            transaction.Respond(SipResponses.For(request, SipStatus.ServerInternalError, reason: "Server Internal Error (CSeq out of order)"));
            return;
        }
        switch (request.Method)
        {
            case SipMethods.Bye:
                transaction.Respond(SipResponses.For(request, SipStatus.Ok));
                End(CallEndedBy.Remote);
                break;
            case SipMethods.Invite:
                OnReinvite(transaction);
                break;
            case SipMethods.Options:
                transaction.Respond(SipResponses.For(request, SipStatus.Ok));
                break;
            default:
                transaction.Respond(SipResponses.For(request, SipStatus.MethodNotAllowed));
                break;
        }
    }

    private void OnReinvite(ServerTransaction transaction)
    {
        var request = transaction.Request;
        bool glare;
        lock (Gate) glare = _reinviting;
        if (glare)
        {
            // §14.2: a re-INVITE while ours is pending is refused; the peer retries after a random wait.
            transaction.Respond(SipResponses.For(request, SipStatus.RequestPending));
            return;
        }
        var answer = request.Body.IsEmpty ? SessionAnswer.With(Session.CreateOffer()) : Session.Answer(request.Body);
        if (answer.Refused)
        {
            transaction.Respond(SipResponses.For(request, SipStatus.NotAcceptableHere));
            return;
        }
        var headers = new SipHeaders([new SipHeader(SipHeaderNames.Contact, Core.ContactFor(transaction.Source.Transport).ToString()), new SipHeader(SipHeaderNames.ContentType, Session.ContentType)]);
        transaction.Respond(SipResponses.For(request, SipStatus.Ok, extra: headers, body: answer.Body));
        if (transaction is InviteServerTransaction invite) _reinvites[request.CSeq.Number] = invite;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, InviteServerTransaction> _reinvites = new();

    /// <summary>An ACK inside this dialog (for our 2xx to the INVITE or to a re-INVITE).</summary>
    internal virtual void OnAck(SipRequest ack)
    {
        if (_reinvites.TryRemove(ack.CSeq.Number, out var reinvite))
        {
            reinvite.Acknowledge();
            if (!ack.Body.IsEmpty) Session.Accept(ack.Body);
        }
    }

    /// <summary>Ends the call once: the dialog is terminated and leaves the table, and the Ended event fires.</summary>
    private protected void End(CallEndedBy by)
    {
        if (!_ended.TrySetResult(by)) return;
        _reinvites.Clear();
        if (Dialog is { } dialog)
        {
            dialog.Terminate();
            Core.Unregister(DialogIdKey.Of(dialog.Id));
        }
        OnEnded();
        Ended?.Invoke(by);
    }

    /// <summary>Lets a derived call release what it holds when the call ends.</summary>
    private protected virtual void OnEnded() { }
}
