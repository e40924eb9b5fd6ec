namespace Outreach.Telephony.Sdp;

/// <summary>The agreed audio stream: where to send, which payload types, and which way media flows for us.</summary>
public sealed record NegotiatedMedia
{
    /// <summary>The peer's RTP address; "0.0.0.0" when it asked to be sent nothing (old-style hold).</summary>
    public required string RemoteAddress { get; init; }

    public required int RemotePort { get; init; }

    /// <summary>The audio codec both sides use, with the payload type number of the offer.</summary>
    public required PayloadFormat Codec { get; init; }

    /// <summary>The RFC 4733 payload format, when both sides have it.</summary>
    public PayloadFormat? TelephoneEvent { get; init; }

    /// <summary>Our direction: whether we send, receive, both or neither.</summary>
    public required MediaDirection Direction { get; init; }

    public int PtimeMs { get; init; } = 20;

    /// <summary>We send only when our direction allows it and the peer gave a real address.</summary>
    public bool Sends => Direction.Sends() && RemotePort > 0 && RemoteAddress is not ("0.0.0.0" or "::");

    public bool Receives => Direction.Receives();
}
