using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Dialogs;

/// <summary>One dialog (RFC 3261 §12): parties, remote target, route set and both CSeq spaces; builds in-dialog requests with loose routing.</summary>
public sealed class Dialog
{
    private readonly Lock _gate = new();
    private long _localSequence;

    private Dialog(DialogId id, NameAddress local, NameAddress remote, SipUri remoteTarget, IReadOnlyList<NameAddress> routeSet, long localSequence, long? remoteSequence, DialogState state)
    {
        Id = id;
        LocalParty = local;
        RemoteParty = remote;
        RemoteTarget = remoteTarget;
        RouteSet = routeSet;
        _localSequence = localSequence;
        RemoteSequence = remoteSequence;
        State = state;
    }

    /// <summary>Call-ID and tags.</summary>
    public DialogId Id { get; }

    /// <summary>This side's address with its tag (From of requests we send).</summary>
    public NameAddress LocalParty { get; }

    /// <summary>The peer's address with its tag (To of requests we send).</summary>
    public NameAddress RemoteParty { get; }

    /// <summary>Where in-dialog requests go: the peer's Contact, refreshed by re-INVITEs and their 2xx.</summary>
    public SipUri RemoteTarget { get; private set; }

    /// <summary>The proxies that asked to stay on the path (Record-Route), in the order requests pass them.</summary>
    public IReadOnlyList<NameAddress> RouteSet { get; }

    /// <summary>The last CSeq the peer used, if any.</summary>
    public long? RemoteSequence { get; private set; }

    /// <summary>The last CSeq this side used.</summary>
    public long LocalSequence => Interlocked.Read(ref _localSequence);

    /// <summary>The current state.</summary>
    public DialogState State { get; private set; }

    /// <summary>The dialog a UAC forms from its INVITE and a response carrying a To tag (§12.1.2): route set is Record-Route reversed.</summary>
    public static Dialog ForUac(SipRequest invite, SipResponse response)
    {
        var target = response.Contacts.FirstOrDefault()?.Uri ?? invite.Uri;
        var routes = response.RecordRoutes.Reverse().ToList();
        var state = response.IsSuccess ? DialogState.Confirmed : DialogState.Early;
        return new Dialog(new DialogId(invite.CallId, invite.From.Tag ?? "", response.To.Tag ?? ""), invite.From, response.To, target, routes, invite.CSeq.Number, null, state);
    }

    /// <summary>The dialog a UAS forms when it answers an INVITE with its tag (§12.1.1): route set is Record-Route in order.</summary>
    public static Dialog ForUas(SipRequest invite, string localTag, DialogState state)
    {
        var target = invite.Contacts.FirstOrDefault()?.Uri ?? invite.From.Uri;
        return new Dialog(new DialogId(invite.CallId, localTag, invite.From.Tag ?? ""), invite.To.WithTag(localTag), invite.From, target, invite.RecordRoutes, 0, invite.CSeq.Number, state);
    }

    /// <summary>Moves an early dialog to confirmed (a 2xx, or the UAS sending one).</summary>
    public void Confirm(SipUri? refreshedTarget = null)
    {
        lock (_gate)
        {
            if (State == DialogState.Terminated) return;
            State = DialogState.Confirmed;
            if (refreshedTarget is not null) RemoteTarget = refreshedTarget;
        }
    }

    /// <summary>Ends the dialog.</summary>
    public void Terminate()
    {
        lock (_gate) State = DialogState.Terminated;
    }

    /// <summary>Checks a request from the peer against the remote CSeq (§12.2.2): false when it is older than one already seen.</summary>
    public bool AcceptRemote(SipRequest request)
    {
        lock (_gate)
        {
            if (request.Method is SipMethods.Ack or SipMethods.Cancel) return true;
            if (RemoteSequence is { } last && request.CSeq.Number <= last) return false;
            RemoteSequence = request.CSeq.Number;
            if (request.Method == SipMethods.Invite && request.Contacts.FirstOrDefault() is { } contact) RemoteTarget = contact.Uri;
            return true;
        }
    }

    /// <summary>A new in-dialog request (§12.2.1.1) with the next CSeq, a fresh branch and the route set.</summary>
    public SipRequest CreateRequest(string method, Messages.Via via, NameAddress? contact = null, ReadOnlyMemory<byte> body = default, string? contentType = null)
    {
        var sequence = Interlocked.Increment(ref _localSequence);
        return Build(method, sequence, via, contact, body, contentType);
    }

    /// <summary>The ACK for a 2xx (§13.2.2.4): the INVITE's CSeq number, its own branch, end to end through the route set.</summary>
    public SipRequest CreateAck(long inviteSequence, Messages.Via via) => Build(SipMethods.Ack, inviteSequence, via, null, default, null);

    /// <summary>The address in-dialog requests are sent to: the first route (loose routing) or the remote target.</summary>
    public SipUri NextHop => RouteSet.Count > 0 ? RouteSet[0].Uri : RemoteTarget;

    private SipRequest Build(string method, long sequence, Messages.Via via, NameAddress? contact, ReadOnlyMemory<byte> body, string? contentType)
    {
        var headers = new List<SipHeader>
        {
            new(SipHeaderNames.Via, via.ToString()),
            new(SipHeaderNames.MaxForwards, "70"),
            new(SipHeaderNames.From, LocalParty.ToString()),
            new(SipHeaderNames.To, RemoteParty.ToString()),
            new(SipHeaderNames.CallId, Id.CallId),
            new(SipHeaderNames.CSeq, new CSeq(sequence, method).ToString()),
        };
        headers.AddRange(RouteSet.Select(r => new SipHeader(SipHeaderNames.Route, r.ToString())));
        if (contact is not null) headers.Add(new SipHeader(SipHeaderNames.Contact, contact.ToString()));
        if (contentType is not null && !body.IsEmpty) headers.Add(new SipHeader(SipHeaderNames.ContentType, contentType));
        return new SipRequest(method, RemoteTarget, new SipHeaders(headers), body);
    }
}
