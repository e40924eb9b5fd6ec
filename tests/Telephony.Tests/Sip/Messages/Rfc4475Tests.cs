using System.Text;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Messages;

public sealed class Rfc4475Tests
{
    public static TheoryData<string> Valid => new("wsinv", "intmeth", "esc01", "escnull", "esc02", "lwsdisp", "longreq", "dblreq",
        "semiuri", "transports", "mpart01", "unreason", "noreason");

    public static TheoryData<string> InvalidRequests => new("badinv01", "clerr", "scalar02", "quotbal", "ltgtruri", "lwsruri",
        "lwsstart", "trws", "escruri", "baddate", "regbadct", "badaspec", "baddn", "mismatch01", "mismatch02");

    [Fact]
    public void The_corpus_holds_the_49_messages() => Assert.Equal(49, Rfc4475Corpus.AllNames().Count());

    [Theory]
    [MemberData(nameof(Valid))]
    public void A_valid_torture_message_parses(string name)
    {
        var result = SipMessageParser.Parse(Rfc4475Corpus.Read(name));
        Assert.True(result.Succeeded, result.Error?.Reason);
    }

    [Theory]
    [MemberData(nameof(InvalidRequests))]
    public void An_invalid_torture_request_is_answered_400_with_a_reason(string name)
    {
        var result = SipMessageParser.Parse(Rfc4475Corpus.Read(name));
        Assert.False(result.Succeeded);
        var response = SipResponses.ForRefused(result.Error!);
        Assert.NotNull(response);
        Assert.Equal(SipStatus.BadRequest, response.StatusCode);
        Assert.StartsWith("Bad Request (", response.Reason);
        Assert.Equal(result.Error!.Headers.Get("Call-ID"), response.CallId);
    }

    [Fact]
    public void A_request_of_another_sip_version_is_answered_505()
    {
        var result = SipMessageParser.Parse(Rfc4475Corpus.Read("badvers"));
        Assert.Equal(SipStatus.VersionNotSupported, SipResponses.ForRefused(result.Error!)!.StatusCode);
    }

    [Theory]
    [InlineData("scalarlg")]
    [InlineData("bigcode")]
    public void An_invalid_torture_response_is_refused_and_cannot_be_answered(string name)
    {
        var result = SipMessageParser.Parse(Rfc4475Corpus.Read(name));
        Assert.False(result.Succeeded);
        Assert.Null(SipResponses.ForRefused(result.Error!));
    }

    [Fact]
    public void The_whitespace_torture_keeps_every_value()
    {
        var request = Parse<SipRequest>("wsinv");
        Assert.Equal("1918181833n", request.To.Tag);
        Assert.Equal("J Rosenberg \\\"", request.From.DisplayName);
        Assert.Equal("98asjd8", request.From.Tag);
        Assert.Equal(68, request.Number("Max-Forwards"));
        Assert.Equal(new CSeq(9, "INVITE"), request.CSeq);
        Assert.Equal(["390skdjuw", "z9hG4bK9ikj8", "z9hG4bK30239"], request.Vias.Select(v => v.Branch));
        Assert.Equal("TCP", request.Vias[1].Transport);
        Assert.Equal("newfangled value continued newfangled value", request.Headers.Get("NewFangledHeader"));
        Assert.Equal("", request.Headers.Get("Subject"));
        var contact = Assert.Single(request.Contacts);
        Assert.Equal("Quoted string \"\"", contact.DisplayName);
        Assert.Equal("0.33", contact.Parameters.Get("q"));
        Assert.Equal("newvalue", contact.Parameters.Get("newparam"));
        Assert.Equal(150, request.Body.Length);
    }

    [Fact]
    public void Escaped_uris_keep_their_escapes_and_unescape_on_request()
    {
        var request = Parse<SipRequest>("esc01");
        Assert.Equal("sips:user@example.com", request.Uri.UnescapedUser);
        Assert.Equal("user", request.To.Uri.UnescapedUser);
        Assert.Equal("I have spaces", request.From.Uri.UnescapedUser);
        Assert.Equal("value%41", SipText.Unescape(request.Contacts[0].Uri.Parameters.Get("n%61me")!));
    }

    [Fact]
    public void An_escaped_method_name_is_a_different_method()
    {
        var request = Parse<SipRequest>("esc02");
        Assert.Equal("RE%47IST%45R", request.Method);
        Assert.Equal(2, request.Contacts.Count);
        Assert.Equal("<sip:alias2@host2.example.com>", request.Headers.Get("C%6Fntact"));
    }

    [Fact]
    public void The_unusual_method_and_uri_characters_parse()
    {
        var request = Parse<SipRequest>("intmeth");
        Assert.Equal("!interesting-Method0123456789_*+`.%indeed'~", request.Method);
        Assert.Equal("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*", request.Uri.User);
        Assert.Equal("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)", request.Uri.Password);
        Assert.Equal("BEL:\a NUL:\0 DEL:\x7F", request.To.DisplayName);
        Assert.Equal("token1~` token2'+_ token3*%!.-", request.From.DisplayName);
    }

    [Fact]
    public void A_semicolon_in_the_user_part_stays_in_the_user()
    {
        var request = Parse<SipRequest>("semiuri");
        Assert.Equal("user;par=u%40example.net", request.Uri.User);
        Assert.Empty(request.Uri.Parameters.Items);
        Assert.Equal(6, request.Headers.Values("Accept").Count());
    }

    [Fact]
    public void Only_the_first_of_two_requests_in_one_datagram_is_read()
    {
        var request = Parse<SipRequest>("dblreq");
        Assert.Equal("REGISTER", request.Method);
        Assert.Equal(0, request.Body.Length);
    }

    [Fact]
    public void A_multipart_body_keeps_its_raw_octets()
    {
        var request = Parse<SipRequest>("mpart01");
        Assert.Equal(553, request.Body.Length);
        Assert.Equal("multipart/mixed", request.ContentType);
    }

    [Fact]
    public void Response_reason_phrases_may_be_utf8_or_empty()
    {
        var unusual = Parse<SipResponse>("unreason");
        Assert.Equal(200, unusual.StatusCode);
        Assert.Contains("2**3 * 5**2", unusual.Reason);
        Assert.Contains("\u043d", unusual.Reason);
        Assert.Equal("", Parse<SipResponse>("noreason").Reason);
    }

    [Fact]
    public void Five_vias_of_different_transports_are_read_in_order()
    {
        var request = Parse<SipRequest>("transports");
        Assert.Equal(["UDP", "SCTP", "TLS", "UNKNOWN", "TCP"], request.Vias.Select(v => v.Transport));
    }

    [Fact]
    public void A_long_request_keeps_its_long_values()
    {
        var request = Parse<SipRequest>("longreq");
        Assert.Equal(6000, request.To.Uri.Port);
        Assert.Equal(34, request.Vias.Count);
        Assert.StartsWith("longreq.onereally", request.CallId);
    }

    [Fact]
    public void Reasons_name_what_is_wrong()
    {
        Assert.Equal("Content-Length is larger than the message", Reason("clerr"));
        Assert.Equal("CSeq method does not match the request method", Reason("mismatch01"));
        Assert.Equal("Request-URI carries headers", Reason("escruri"));
        Assert.Equal("Date is not an RFC 1123 date in GMT", Reason("baddate"));
        Assert.Contains("display name", Reason("baddn"));
    }

    private static string Reason(string name) => SipMessageParser.Parse(Rfc4475Corpus.Read(name)).Error!.Reason;

    internal static T Parse<T>(string name) where T : SipMessage
    {
        var result = SipMessageParser.Parse(Rfc4475Corpus.Read(name));
        Assert.True(result.Succeeded, result.Error?.Reason);
        return Assert.IsType<T>(result.Message);
    }

    internal static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);
}
