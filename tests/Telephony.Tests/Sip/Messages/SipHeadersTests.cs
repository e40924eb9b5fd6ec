using System.Text;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Messages;

public sealed class SipHeadersTests
{
    private static SipRequest Parse(string headers) => Assert.IsType<SipRequest>(SipMessageParser.Parse(Encoding.UTF8.GetBytes(
        "OPTIONS sip:a@b SIP/2.0\r\nv: SIP/2.0/UDP h;branch=z9hG4bK1\r\nf: <sip:x@y>;tag=1\r\nt: <sip:a@b>\r\ni: c1\r\nCSeq: 1 OPTIONS\r\n" + headers + "l: 0\r\n\r\n")).Message);

    [Fact]
    public void Compact_forms_expand_and_names_compare_case_insensitively()
    {
        var request = Parse("k: timer\r\n");
        Assert.Equal("c1", request.Headers.Get("CALL-ID"));
        Assert.Equal("timer", request.Headers.Get("supported"));
        Assert.Equal(["Via", "From", "To", "Call-ID", "CSeq", "Supported", "Content-Length"], request.Headers.Select(h => h.Name));
    }

    [Fact]
    public void Repeated_headers_and_comma_lists_give_the_same_values()
    {
        var request = Parse("Allow: INVITE, ACK\r\nAllow: BYE\r\nX-Quoted: \"a, b\", c\r\n");
        Assert.Equal(["INVITE", "ACK", "BYE"], request.Headers.Values("allow"));
        Assert.Equal(["\"a, b\"", "c"], request.Headers.Values("X-Quoted"));
    }

    [Fact]
    public void A_folded_value_is_one_line_with_single_spaces_at_the_folds()
    {
        var request = Parse("Subject: first\r\n  second\r\n\tthird\r\n");
        Assert.Equal("first second third", request.Headers.Get("s"));
    }

    [Fact]
    public void Quoted_strings_keep_escaped_quotes_and_backslashes()
    {
        Assert.Equal("say \"hi\" \\ bye", SipText.Unquote("\"say \\\"hi\\\" \\\\ bye\""));
        Assert.Equal("\"say \\\"hi\\\" \\\\ bye\"", SipText.Quote("say \"hi\" \\ bye"));
    }

    [Fact]
    public void Set_replaces_every_line_of_a_header_and_remove_first_drops_one()
    {
        var headers = new SipHeaders([new("Via", "a"), new("Via", "b"), new("To", "t")]);
        Assert.Equal(["x", "t"], headers.Set("via", "x").Select(h => h.Value));
        Assert.Equal(["b", "t"], headers.RemoveFirst("VIA").Select(h => h.Value));
    }
}
