namespace Outreach.Telephony.Sip.Messages;

/// <summary>Why a message was refused: the reason, the status to answer with (400 or 505), and whether enough of it was read to answer at all.</summary>
public sealed record SipParseError(string Reason, int StatusCode, bool Answerable, bool IsRequest, SipHeaders Headers);

/// <summary>The outcome of parsing one message: the message, or an error; never both.</summary>
public sealed record SipParseResult(SipMessage? Message, SipParseError? Error)
{
    /// <summary>True when a message was read.</summary>
    public bool Succeeded => Message is not null;

    internal static SipParseResult Fail(string reason, bool isRequest = false, SipHeaders? headers = null, int status = SipStatus.BadRequest)
    {
        var h = headers ?? SipHeaders.Empty;
        var answerable = isRequest && h.Has(SipHeaderNames.Via) && h.Has(SipHeaderNames.CSeq);
        return new SipParseResult(null, new SipParseError(reason, status, answerable, isRequest, h));
    }
}
