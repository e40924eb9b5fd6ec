namespace Outreach.Telephony.Sip.Messages;

/// <summary>A SIP response (RFC 3261 §7.2).</summary>
public sealed record SipResponse(int StatusCode, string Reason, SipHeaders Headers, ReadOnlyMemory<byte> Body) : SipMessage(Headers, Body)
{
    /// <summary>True for 100–199.</summary>
    public bool IsProvisional => StatusCode < 200;

    /// <summary>True for 200–299.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>The status line.</summary>
    public override string ToString() => $"SIP/2.0 {StatusCode} {Reason}";
}
