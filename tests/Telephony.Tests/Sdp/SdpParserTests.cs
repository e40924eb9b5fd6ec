using FsCheck;
using FsCheck.Fluent;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Sdp;

public sealed class SdpParserTests
{
    internal const string Offer =
        "v=0\r\n" +
        "o=alice 2890844526 2890844526 IN IP4 198.51.100.7\r\n" +
        "s=-\r\n" +
        "c=IN IP4 198.51.100.7\r\n" +
        "t=0 0\r\n" +
        "m=audio 49170 RTP/AVP 8 0 101\r\n" +
        "a=rtpmap:8 PCMA/8000\r\n" +
        "a=rtpmap:101 telephone-event/8000\r\n" +
        "a=fmtp:101 0-16\r\n" +
        "a=ptime:20\r\n" +
        "a=sendrecv\r\n";

    private static SdpSession Parsed(string text) =>
        Assert.IsType<SdpParseResult.Parsed>(SdpParser.Parse(text)).Session;

    private static SdpError Refused(string text) =>
        Assert.IsType<SdpParseResult.Invalid>(SdpParser.Parse(text)).Error;

    [Fact]
    public void A_typical_offer_gives_its_origin_connection_and_audio_formats()
    {
        var session = Parsed(Offer);

        Assert.Equal(new SdpOrigin("alice", 2890844526, 2890844526, "IP4", "198.51.100.7"), session.Origin);
        Assert.Equal("198.51.100.7", session.Connection?.Address);
        var audio = Assert.Single(session.Media);
        Assert.Equal((49170, "RTP/AVP"), (audio.Port, audio.Protocol));
        Assert.Equal(
            [PayloadFormat.Pcma, PayloadFormat.Pcmu, new PayloadFormat(101, "telephone-event", 8000, 1, "0-16")],
            audio.PayloadFormats());
        Assert.Equal(20, audio.Ptime);
        Assert.Equal(MediaDirection.SendRecv, session.DirectionOf(audio));
    }

    [Fact]
    public void Bare_line_feeds_are_accepted_like_crlf()
    {
        Assert.Equal(Parsed(Offer), Parsed(Offer.Replace("\r\n", "\n")));
    }

    [Fact]
    public void A_static_payload_type_without_rtpmap_is_named_from_the_rfc_3551_table()
    {
        var audio = Parsed(Offer).Media[0];
        Assert.Contains(PayloadFormat.Pcmu, audio.PayloadFormats());
    }

    [Fact]
    public void A_session_level_direction_applies_to_media_without_its_own()
    {
        var session = Parsed(Offer.Replace("a=sendrecv\r\n", "").Replace("t=0 0\r\n", "t=0 0\r\na=inactive\r\n"));
        Assert.Equal(MediaDirection.Inactive, session.DirectionOf(session.Media[0]));
    }

    [Fact]
    public void Unknown_line_types_are_ignored()
    {
        Assert.Single(Parsed(Offer.Replace("s=-\r\n", "s=-\r\nx=whatever\r\n")).Media);
    }

    [Theory]
    [InlineData("o=alice 2890844526 2890844526 IN IP4 198.51.100.7", "o=alice 1 2 IN IP4", 2, "o= needs 6 fields")]
    [InlineData("o=alice 2890844526 2890844526 IN IP4 198.51.100.7", "o=alice x 2 IN IP4 h", 2, "session id 'x' is not a number")]
    [InlineData("m=audio 49170 RTP/AVP 8 0 101", "m=audio 99999 RTP/AVP 0", 6, "port '99999'")]
    [InlineData("m=audio 49170 RTP/AVP 8 0 101", "m=audio 49170 RTP/AVP", 6, "at least 4 fields")]
    [InlineData("c=IN IP4 198.51.100.7", "c=IN IPX 198.51.100.7", 4, "address type 'IPX'")]
    [InlineData("t=0 0", "t=now 0", 5, "t= must be")]
    [InlineData("a=ptime:20", "ptime:20", 10, "a line must be")]
    [InlineData("a=ptime:20", "a=ptime:20\r\ns=again", 11, "cannot follow m=")]
    [InlineData("v=0", "v=1", 1, "unsupported SDP version '1'")]
    public void A_bad_line_is_refused_with_its_number_and_reason(string line, string replacement, int lineNumber, string reason)
    {
        var error = Refused(Offer.Replace(line, replacement));

        Assert.Equal(lineNumber, error.LineNumber);
        Assert.Contains(reason, error.Reason);
        Assert.Contains($"line {lineNumber}", error.ToString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("v=0\r\ns=-\r\nt=0 0\r\n", "no o= line")]
    [InlineData("v=0\r\no=a 1 1 IN IP4 h\r\nt=0 0\r\n", "no s= line")]
    [InlineData("v=0\r\no=a 1 1 IN IP4 h\r\ns=-\r\n", "no t= line")]
    public void A_description_missing_a_required_line_is_refused(string text, string reason)
    {
        Assert.Contains(reason, Refused(text).Reason);
    }

    [Fact]
    public void A_media_line_before_the_session_lines_is_refused()
    {
        var error = Refused("v=0\r\nm=audio 1 RTP/AVP 0\r\n");
        Assert.Equal((2, "m= before the session's o=, s= and t= lines"), (error.LineNumber, error.Reason));
    }

    [Fact]
    public void Random_text_never_throws_out_of_the_parser()
    {
        var lines = Gen.Elements("v=0", "o=a 1 2 IN IP4 h", "s=-", "t=0 0", "m=audio 1 RTP/AVP 0", "a=rtpmap:0 PCMU/8000",
            "c=IN IP4 1.2.3.4", "a=fmtp:101", "m=", "=", "a=rtpmap:x", "b=AS:x", "r=1", "\u0000", "m=audio 1/0 RTP/AVP 0");
        var texts = Gen.ListOf(Gen.OneOf(lines, ArbMap.Default.GeneratorFor<string>()))
            .Select(parts => string.Join("\r\n", parts));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(2_000).WithQuietOnSuccess(true), Prop.ForAll(texts.ToArbitrary(), text =>
        {
            var result = SdpParser.Parse(text);
            if (result is SdpParseResult.Parsed p) _ = p.Session.Media.Select(m => m.PayloadFormats()).ToList();
            return result is not null;
        }));
    }
}
