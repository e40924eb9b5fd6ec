namespace Outreach.Telephony.Sdp;

/// <summary>
/// One side of a call's SDP offer/answer (RFC 3264), the body the SIP user agent carries: <see cref="CreateOffer"/>,
/// <see cref="Answer"/> an offer (re-INVITEs for hold and unhold included) and <see cref="Accept"/> an answer.
/// Keeps our o= line: the session version goes up by one whenever what we send changes.
/// </summary>
public sealed class SdpNegotiator
{
    private readonly ulong _sessionId;
    private ulong _version;
    private SdpSession? _lastSent;
    private SdpSession? _pendingOffer;
    private (SdpOrigin Origin, SdpOutcome.Agreed Outcome)? _lastAnswered;

    /// <param name="local">Our address, port and codecs.</param>
    /// <param name="sessionId">The o= session id; the caller picks it (e.g. from its clock or a seeded random) so this class stays pure.</param>
    public SdpNegotiator(LocalMedia local, ulong sessionId)
    {
        Local = local;
        _sessionId = sessionId;
        _version = sessionId;
    }

    public LocalMedia Local { get; private set; }

    /// <summary>The media agreed last, null before any agreement.</summary>
    public NegotiatedMedia? Current { get; private set; }

    /// <summary>The direction we want: SendOnly puts the peer on hold, SendRecv takes it off. The next offer or answer carries it.</summary>
    public MediaDirection Wanted { get; set; } = MediaDirection.SendRecv;

    /// <summary>Our offer as we want the session now (initial INVITE, or a re-INVITE for hold, unhold or a new address); remembered until its answer is accepted.</summary>
    public string CreateOffer()
    {
        var offer = Stamp(OfferAnswer.Offer(Local, Origin(_version), Wanted, Current?.Codec));
        _pendingOffer = offer;
        return SdpWriter.Write(offer);
    }

    /// <summary>Answers the peer's offer, or refuses it (the SIP side answers 488). A repeated offer (same o= version) gets the same answer.</summary>
    public SdpOutcome Answer(string offerText)
    {
        if (SdpParser.Parse(offerText) is not SdpParseResult.Parsed { Session: var offer })
            return Unparseable(offerText);
        if (_lastAnswered is { } last && last.Origin == offer.Origin) return last.Outcome;
        var (answer, media, refusal) = OfferAnswer.Answer(offer, Local, Origin(_version), Wanted, Current?.Codec);
        if (refusal is not null) return refusal;
        var stamped = Stamp(answer!);
        var agreed = new SdpOutcome.Agreed(media!, SdpWriter.Write(stamped));
        Current = media;
        _lastAnswered = (offer.Origin, agreed);
        return agreed;
    }

    /// <summary>Accepts the answer to our pending offer; a refusal leaves <see cref="Current"/> as it was.</summary>
    public SdpOutcome Accept(string answerText)
    {
        if (_pendingOffer is null) return new SdpOutcome.Refused(SdpRefusal.NoOfferPending, "no offer of ours is waiting for an answer");
        if (SdpParser.Parse(answerText) is not SdpParseResult.Parsed { Session: var answer })
            return Unparseable(answerText);
        var (media, refusal) = OfferAnswer.Accept(_pendingOffer, answer);
        if (refusal is not null) return refusal;
        _pendingOffer = null;
        Current = media;
        return new SdpOutcome.Agreed(media!, null);
    }

    /// <summary>Moves our media (e.g. a new RTP port); the next offer or answer carries it.</summary>
    public void Relocate(LocalMedia local) => Local = local;

    /// <summary>Gives the description our o= line, with the version raised when its content differs from what we sent last.</summary>
    private SdpSession Stamp(SdpSession session)
    {
        if (_lastSent is not null && session with { Origin = _lastSent.Origin } != _lastSent) _version++;
        var stamped = session with { Origin = Origin(_version) };
        _lastSent = stamped;
        return stamped;
    }

    private static SdpOutcome.Refused Unparseable(string text) =>
        new(SdpRefusal.Unparseable, SdpParser.Parse(text) is SdpParseResult.Invalid bad ? bad.Error.ToString() : "unreadable");

    private SdpOrigin Origin(ulong version) => new(Local.Username, _sessionId, version, Local.AddressType, Local.Address);
}
