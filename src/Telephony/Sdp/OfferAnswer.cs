using System.Globalization;

namespace Outreach.Telephony.Sdp;

/// <summary>RFC 3264 offer/answer for one audio stream, as pure functions from session descriptions to session descriptions.</summary>
public static class OfferAnswer
{
    public const string RtpAvp = "RTP/AVP";

    /// <summary>Our offer: one audio m= line with our codecs (the one in use first, on a re-offer), telephone-event and ptime.</summary>
    public static SdpSession Offer(LocalMedia local, SdpOrigin origin, MediaDirection direction, PayloadFormat? inUse = null)
    {
        var formats = local.Codecs.OrderBy(c => inUse is not null && c.SameCodec(inUse) ? 0 : 1).ToList();
        if (local.TelephoneEventPayloadType is { } te) formats.Add(PayloadFormat.TelephoneEvent(te));
        return Session(local, origin, AudioLine(local, formats, direction));
    }

    /// <summary>
    /// Answers an offer: the first offered audio stream we can carry, with the first offered codec we support — or, on a
    /// re-offer that still lists it, the codec in use, so hold and unhold never switch codecs under a running leg.
    /// </summary>
    public static (SdpSession? Answer, NegotiatedMedia? Media, SdpOutcome.Refused? Refusal) Answer(
        SdpSession offer, LocalMedia local, SdpOrigin origin, MediaDirection wanted, PayloadFormat? inUse = null)
    {
        if (offer.Media.Count == 0) return Refuse(SdpRefusal.NoAudioStream, "the offer has no m= line");
        var lines = new List<SdpMedia>();
        NegotiatedMedia? chosen = null;
        foreach (var offered in offer.Media)
        {
            var media = chosen is null ? TryAccept(offer, offered, local, inUse) : null;
            if (media is null)
            {
                lines.Add(Rejected(offered));
                continue;
            }
            chosen = media;
            var formats = new List<PayloadFormat> { media.Codec };
            if (media.TelephoneEvent is { } te) formats.Add(te with { Parameters = "0-15" });
            lines.Add(AudioLine(local, formats, media.Direction.Intersect(wanted)));
        }
        if (chosen is null)
        {
            return offer.Media.Any(IsRtpAudio)
                ? Refuse(SdpRefusal.NoCommonCodec, $"no offered codec is one of ours ({Names(local.Codecs)})")
                : Refuse(SdpRefusal.NoAudioStream, "the offer has no RTP/AVP audio stream");
        }
        var answer = Session(local, origin, lines.ToArray());
        return (answer, chosen with { Direction = chosen.Direction.Intersect(wanted) }, null);
    }

    /// <summary>Reads the answer to our offer: the audio stream must be accepted with a codec we offered.</summary>
    public static (NegotiatedMedia? Media, SdpOutcome.Refused? Refusal) Accept(SdpSession offered, SdpSession answer)
    {
        var index = offered.Media.ToList().FindIndex(IsRtpAudio);
        if (index < 0 || answer.Media.Count <= index) return (null, new(SdpRefusal.NoAudioStream, "the answer has no audio stream for our offer"));
        var ours = offered.Media[index];
        var theirs = answer.Media[index];
        if (theirs.IsRejected) return (null, new(SdpRefusal.StreamRejected, "the answer rejected the audio stream (port 0)"));
        var codec = theirs.PayloadFormats().FirstOrDefault(f => !f.IsTelephoneEvent && ours.PayloadFormats().Any(o => o.SameCodec(f)));
        if (codec is null) return (null, new(SdpRefusal.NoCommonCodec, "the answer names no codec we offered"));
        var te = theirs.PayloadFormats().FirstOrDefault(f => f.IsTelephoneEvent);
        var connection = answer.ConnectionFor(theirs);
        if (connection is null) return (null, new(SdpRefusal.Unparseable, "the answer's audio stream has no c= line"));
        var direction = Theirs(answer, theirs, connection).Mirror().Intersect(offered.DirectionOf(ours));
        return (Negotiated(connection, theirs, codec, te, direction), null);
    }

    private static NegotiatedMedia? TryAccept(SdpSession offer, SdpMedia offered, LocalMedia local, PayloadFormat? inUse)
    {
        if (!IsRtpAudio(offered) || offered.IsRejected) return null;
        var formats = offered.PayloadFormats();
        var codec = (inUse is null ? null : formats.FirstOrDefault(f => f.SameCodec(inUse)))
            ?? formats.FirstOrDefault(f => !f.IsTelephoneEvent && local.Codecs.Any(c => c.SameCodec(f)));
        var connection = offer.ConnectionFor(offered);
        if (codec is null || connection is null) return null;
        var te = local.TelephoneEventPayloadType is null ? null : formats.FirstOrDefault(f => f.IsTelephoneEvent && f.ClockRate == 8000);
        return Negotiated(connection, offered, codec, te, Theirs(offer, offered, connection).Mirror());
    }

    /// <summary>The peer's direction; c=0.0.0.0 (RFC 2543 hold) means it wants nothing sent to it.</summary>
    private static MediaDirection Theirs(SdpSession session, SdpMedia media, SdpConnection connection)
    {
        var declared = session.DirectionOf(media);
        return connection.IsUnspecified ? declared.Intersect(MediaDirection.SendOnly) : declared;
    }

    private static NegotiatedMedia Negotiated(SdpConnection connection, SdpMedia media, PayloadFormat codec, PayloadFormat? te, MediaDirection direction) => new()
    {
        RemoteAddress = connection.Address,
        RemotePort = media.Port,
        Codec = codec with { Parameters = null },
        TelephoneEvent = te,
        Direction = direction,
        PtimeMs = media.Ptime ?? 20,
    };

    private static bool IsRtpAudio(SdpMedia media) => media.MediaType == "audio" && media.Protocol == RtpAvp;

    private static SdpMedia Rejected(SdpMedia offered) => offered with
    {
        Port = 0, PortCount = null, Connection = null, Information = null, Bandwidths = ValueList<SdpBandwidth>.Empty,
        Key = null, Attributes = ValueList<SdpAttribute>.Empty,
    };

    private static SdpMedia AudioLine(LocalMedia local, IReadOnlyList<PayloadFormat> formats, MediaDirection direction)
    {
        var attributes = new List<SdpAttribute>();
        foreach (var format in formats)
        {
            attributes.Add(new("rtpmap", format.RtpMapValue()));
            if (format.Parameters is { } p) attributes.Add(new("fmtp", string.Create(CultureInfo.InvariantCulture, $"{format.PayloadType} {p}")));
        }
        attributes.Add(new("ptime", local.PtimeMs.ToString(CultureInfo.InvariantCulture)));
        attributes.Add(SdpAttribute.Flag(direction.AttributeName()));
        return new SdpMedia
        {
            MediaType = "audio", Port = local.Port, Protocol = RtpAvp,
            Formats = formats.Select(f => f.PayloadType.ToString(CultureInfo.InvariantCulture)).ToValueList(),
            Attributes = attributes.ToValueList(),
        };
    }

    private static SdpSession Session(LocalMedia local, SdpOrigin origin, params SdpMedia[] media) => new()
    {
        Origin = origin,
        SessionName = local.SessionName,
        Connection = new SdpConnection(local.AddressType, local.Address),
        Media = media.ToValueList(),
    };

    private static (SdpSession?, NegotiatedMedia?, SdpOutcome.Refused?) Refuse(SdpRefusal reason, string detail) => (null, null, new(reason, detail));

    private static string Names(IEnumerable<PayloadFormat> codecs) => string.Join(", ", codecs.Select(c => c.Encoding));
}
