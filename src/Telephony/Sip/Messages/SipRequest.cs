namespace Outreach.Telephony.Sip.Messages;

/// <summary>A SIP request (RFC 3261 §7.1).</summary>
public sealed record SipRequest(string Method, SipUri Uri, SipHeaders Headers, ReadOnlyMemory<byte> Body) : SipMessage(Headers, Body)
{
    /// <summary>The request line.</summary>
    public override string ToString() => $"{Method} {Uri} SIP/2.0";
}
