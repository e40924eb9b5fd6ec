using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Sdp;

public sealed class SdpNegotiatorTests
{
    private static readonly LocalMedia Ours = new() { Address = "192.0.2.10", Port = 40000 };

    private static SdpNegotiator Negotiator() => new(Ours, sessionId: 1000);

    private static string OfferWith(string formats, string rtpmaps = "", string direction = "a=sendrecv\r\n", string address = "198.51.100.7", ulong version = 1) =>
        "v=0\r\n" +
        $"o=peer 77 {version} IN IP4 198.51.100.7\r\n" +
        "s=-\r\n" +
        $"c=IN IP4 {address}\r\n" +
        "t=0 0\r\n" +
        $"m=audio 49170 RTP/AVP {formats}\r\n" +
        rtpmaps + direction;

    private static SdpOutcome.Agreed Agreed(SdpOutcome outcome) => Assert.IsType<SdpOutcome.Agreed>(outcome);

    private static SdpSession AnswerOf(SdpOutcome.Agreed agreed) =>
        Assert.IsType<SdpParseResult.Parsed>(SdpParser.Parse(agreed.Answer)).Session;

    [Fact]
    public void The_first_offered_codec_we_support_is_chosen_with_the_offered_dtmf_payload_type()
    {
        var agreed = Agreed(Negotiator().Answer(OfferWith("18 8 0 96", "a=rtpmap:18 G729/8000\r\na=rtpmap:96 telephone-event/8000\r\na=fmtp:96 0-16\r\n")));

        Assert.Equal(PayloadFormat.Pcma, agreed.Media.Codec);
        Assert.Equal(96, agreed.Media.TelephoneEvent?.PayloadType);
        Assert.Equal(("198.51.100.7", 49170, MediaDirection.SendRecv), (agreed.Media.RemoteAddress, agreed.Media.RemotePort, agreed.Media.Direction));
        var audio = Assert.Single(AnswerOf(agreed).Media);
        Assert.Equal(["8", "96"], audio.Formats);
        Assert.Equal(40000, audio.Port);
        Assert.Contains(new SdpAttribute("fmtp", "96 0-15"), audio.Attributes);
        Assert.Contains(new SdpAttribute("ptime", "20"), audio.Attributes);
    }

    [Fact]
    public void An_offer_with_no_codec_of_ours_is_refused_naming_ours()
    {
        var refused = Assert.IsType<SdpOutcome.Refused>(Negotiator().Answer(OfferWith("18 9", "a=rtpmap:18 G729/8000\r\n")));

        Assert.Equal(SdpRefusal.NoCommonCodec, refused.Reason);
        Assert.Contains("PCMU, PCMA", refused.Detail);
    }

    [Fact]
    public void An_offer_without_audio_is_refused()
    {
        var offer = OfferWith("0").Replace("m=audio 49170 RTP/AVP 0", "m=video 49170 RTP/AVP 31");
        Assert.Equal(SdpRefusal.NoAudioStream, Assert.IsType<SdpOutcome.Refused>(Negotiator().Answer(offer)).Reason);
    }

    [Fact]
    public void Unparseable_sdp_is_refused_with_the_line_that_broke_it()
    {
        var refused = Assert.IsType<SdpOutcome.Refused>(Negotiator().Answer(OfferWith("0").Replace("t=0 0", "t=zero")));

        Assert.Equal(SdpRefusal.Unparseable, refused.Reason);
        Assert.StartsWith("line 5 \"t=zero\"", refused.Detail);
    }

    [Fact]
    public void A_second_stream_is_rejected_with_port_zero_and_the_lines_stay_in_order()
    {
        var offer = OfferWith("0") + "m=video 49172 RTP/AVP 31\r\nm=audio 49174 RTP/AVP 8\r\n";
        var answer = AnswerOf(Agreed(Negotiator().Answer(offer)));

        Assert.Equal([40000, 0, 0], answer.Media.Select(m => m.Port));
        Assert.Equal(["audio", "video", "audio"], answer.Media.Select(m => m.MediaType));
    }

    [Theory]
    [InlineData("a=sendonly\r\n", "198.51.100.7", MediaDirection.RecvOnly, false, true)]
    [InlineData("a=recvonly\r\n", "198.51.100.7", MediaDirection.SendOnly, true, false)]
    [InlineData("a=inactive\r\n", "198.51.100.7", MediaDirection.Inactive, false, false)]
    [InlineData("", "0.0.0.0", MediaDirection.RecvOnly, false, true)]
    [InlineData("a=sendrecv\r\n", "198.51.100.7", MediaDirection.SendRecv, true, true)]
    public void Hold_is_answered_with_the_mirrored_direction(string direction, string address, MediaDirection mirrored, bool sends, bool receives)
    {
        var agreed = Agreed(Negotiator().Answer(OfferWith("0", direction: direction, address: address)));

        Assert.Equal(mirrored, agreed.Media.Direction);
        Assert.Equal((sends, receives), (agreed.Media.Sends, agreed.Media.Receives));
        Assert.Equal(mirrored, AnswerOf(agreed).DirectionOf(AnswerOf(agreed).Media[0]));
    }

    [Fact]
    public void Our_version_rises_when_the_answer_changes_and_stays_for_a_repeated_offer()
    {
        var negotiator = Negotiator();
        var first = AnswerOf(Agreed(negotiator.Answer(OfferWith("0", version: 1))));
        var refresh = AnswerOf(Agreed(negotiator.Answer(OfferWith("0", version: 1))));
        var hold = AnswerOf(Agreed(negotiator.Answer(OfferWith("0", direction: "a=sendonly\r\n", version: 2))));
        var sameAgain = AnswerOf(Agreed(negotiator.Answer(OfferWith("0", direction: "a=sendonly\r\n", version: 3))));
        var unhold = AnswerOf(Agreed(negotiator.Answer(OfferWith("0", version: 4))));

        Assert.Equal([1000UL, 1000, 1001, 1001, 1002], new[] { first, refresh, hold, sameAgain, unhold }.Select(s => s.Origin.SessionVersion));
        Assert.Equal(1000UL, unhold.Origin.SessionId);
        Assert.Equal(MediaDirection.SendRecv, negotiator.Current?.Direction);
    }

    [Fact]
    public void Our_offer_lists_our_codecs_then_telephone_event_and_its_answer_is_accepted()
    {
        var negotiator = Negotiator();
        var offer = Assert.IsType<SdpParseResult.Parsed>(SdpParser.Parse(negotiator.CreateOffer())).Session;
        Assert.Equal(["0", "8", "101"], offer.Media[0].Formats);
        Assert.Contains(new SdpAttribute("fmtp", "101 0-15"), offer.Media[0].Attributes);

        var accepted = Agreed(negotiator.Accept(OfferWith("8 101", "a=rtpmap:101 telephone-event/8000\r\n")));

        Assert.Null(accepted.Answer);
        Assert.Equal((PayloadFormat.Pcma, 101), (accepted.Media.Codec, accepted.Media.TelephoneEvent?.PayloadType));
        Assert.Same(accepted.Media, negotiator.Current);
    }

    [Fact]
    public void Putting_the_peer_on_hold_offers_sendonly_with_a_new_version_and_we_then_only_send()
    {
        var negotiator = Negotiator();
        var initial = SdpParser.Parse(negotiator.CreateOffer());
        Agreed(negotiator.Accept(OfferWith("0")));

        negotiator.Wanted = MediaDirection.SendOnly;
        var hold = Assert.IsType<SdpParseResult.Parsed>(SdpParser.Parse(negotiator.CreateOffer())).Session;
        var accepted = Agreed(negotiator.Accept(OfferWith("0", direction: "a=recvonly\r\n")));

        Assert.Equal(1001UL, hold.Origin.SessionVersion);
        Assert.Equal(1000UL, Assert.IsType<SdpParseResult.Parsed>(initial).Session.Origin.SessionVersion);
        Assert.Equal(MediaDirection.SendOnly, accepted.Media.Direction);
        Assert.Equal(MediaDirection.SendOnly, hold.DirectionOf(hold.Media[0]));
    }

    [Fact]
    public void An_answer_rejecting_our_audio_or_naming_a_codec_we_did_not_offer_is_refused()
    {
        var rejecting = Negotiator();
        rejecting.CreateOffer();
        var portZero = Assert.IsType<SdpOutcome.Refused>(rejecting.Accept(OfferWith("0").Replace("m=audio 49170", "m=audio 0")));
        var foreign = Negotiator();
        foreign.CreateOffer();
        var g729 = Assert.IsType<SdpOutcome.Refused>(foreign.Accept(OfferWith("18", "a=rtpmap:18 G729/8000\r\n")));

        Assert.Equal(SdpRefusal.StreamRejected, portZero.Reason);
        Assert.Equal(SdpRefusal.NoCommonCodec, g729.Reason);
        Assert.Null(rejecting.Current);
    }

    [Fact]
    public void A_re_offer_keeps_the_codec_in_use_even_when_the_peer_now_lists_another_first()
    {
        var negotiator = Negotiator();
        Agreed(negotiator.Answer(OfferWith("8 0", version: 1)));
        var reoffer = Agreed(negotiator.Answer(OfferWith("0 8", direction: "a=sendonly\r\n", version: 2)));

        Assert.Equal(PayloadFormat.Pcma, reoffer.Media.Codec);
        var ourReoffer = Assert.IsType<SdpParseResult.Parsed>(SdpParser.Parse(negotiator.CreateOffer())).Session;
        Assert.Equal("8", ourReoffer.Media[0].Formats[0]);
    }

    [Fact]
    public void While_we_hold_an_answer_to_a_sendrecv_offer_only_sends()
    {
        var negotiator = Negotiator();
        negotiator.Wanted = MediaDirection.SendOnly;
        var agreed = Agreed(negotiator.Answer(OfferWith("0")));

        Assert.Equal(MediaDirection.SendOnly, agreed.Media.Direction);
        Assert.Equal(MediaDirection.SendOnly, AnswerOf(agreed).DirectionOf(AnswerOf(agreed).Media[0]));
    }

    [Fact]
    public void An_answer_without_an_offer_of_ours_is_refused()
    {
        Assert.Equal(SdpRefusal.NoOfferPending, Assert.IsType<SdpOutcome.Refused>(Negotiator().Accept(OfferWith("0"))).Reason);
    }
}
