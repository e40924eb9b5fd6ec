namespace Outreach.Telephony.Sdp;

/// <summary>The result of answering an offer or accepting an answer: agreed media, or a refusal with its reason.</summary>
public abstract record SdpOutcome
{
    private SdpOutcome() { }

    /// <summary>Agreed; <paramref name="Answer"/> is the SDP to send back when we were answering, else null.</summary>
    public sealed record Agreed(NegotiatedMedia Media, string? Answer) : SdpOutcome;

    /// <summary>Refused: the SIP side answers 488 Not Acceptable Here (or ends the call after an unusable answer).</summary>
    public sealed record Refused(SdpRefusal Reason, string Detail) : SdpOutcome;
}

/// <summary>Why an offer or answer was refused.</summary>
public enum SdpRefusal
{
    Unparseable,
    NoAudioStream,
    NoCommonCodec,
    StreamRejected,
    NoOfferPending,
}
