using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Transactions;

/// <summary>How messages find their transaction (RFC 3261 §17.1.3 and §17.2.3, with the RFC 2543 fallback for branches without the magic cookie).</summary>
public static class TransactionKey
{
    /// <summary>The client transaction a response belongs to: top Via branch and CSeq method.</summary>
    public static string ForResponse(SipResponse response) =>
        "c|" + (response.TopVia?.Branch ?? "") + "|" + response.CSeq.Method;

    /// <summary>The key a client transaction registers under.</summary>
    public static string ForClient(string branch, string method) => "c|" + branch + "|" + method;

    /// <summary>The server transaction a request belongs to; ACK maps to its INVITE's transaction.</summary>
    public static string ForRequest(SipRequest request)
    {
        var via = request.TopVia;
        var method = request.Method == SipMethods.Ack ? SipMethods.Invite : request.Method;
        if (via is { HasRfc3261Branch: true })
            return "s|" + via.Branch + "|" + via.Host + ":" + via.Port + "|" + method;
        // RFC 2543: Request-URI, From tag, Call-ID, CSeq number and top Via identify the transaction (§17.2.3).
        return "s2543|" + request.Uri + "|" + request.From.Tag + "|" + request.CallId + "|" + request.CSeq.Number + "|" + via + "|" + method;
    }

    /// <summary>The INVITE server transaction a CANCEL cancels (same branch, method INVITE).</summary>
    public static string InviteFor(SipRequest cancel)
    {
        var asInvite = cancel with { Method = SipMethods.Invite };
        return ForRequest(asInvite);
    }
}
