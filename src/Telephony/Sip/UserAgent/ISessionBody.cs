namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>The answer to an offer: a session description, or a refusal (sent as 488 Not Acceptable Here).</summary>
public sealed record SessionAnswer(ReadOnlyMemory<byte> Body, bool Refused, string? Reason = null)
{
    /// <summary>The offer cannot be accepted.</summary>
    public static readonly SessionAnswer Refusal = new(ReadOnlyMemory<byte>.Empty, true);

    /// <summary>An answer carrying a body.</summary>
    public static SessionAnswer With(ReadOnlyMemory<byte> body) => new(body, false);
}

/// <summary>The media side of one call as signalling sees it (RFC 3264 offer/answer): bodies are opaque. Hold and unhold are the media side changing its offer and asking the call for a re-INVITE.</summary>
public interface ISessionBody
{
    /// <summary>The body type, e.g. "application/sdp".</summary>
    string ContentType { get; }

    /// <summary>An offer describing the session as the media side wants it now (first INVITE, re-INVITE, 200 to an INVITE without offer).</summary>
    ReadOnlyMemory<byte> CreateOffer();

    /// <summary>Answers the peer's offer, or refuses it.</summary>
    SessionAnswer Answer(ReadOnlyMemory<byte> offer);

    /// <summary>Takes the peer's answer to our offer; false when it is unusable (the call is then ended).</summary>
    bool Accept(ReadOnlyMemory<byte> answer);
}
