using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Messages;

public sealed class SipUriTests
{
    [Fact]
    public void A_sip_uri_keeps_user_password_host_port_parameters_and_headers()
    {
        var uri = SipUri.Parse("sip:alice:pw@example.com:5070;transport=tcp;lr?Subject=hi&Priority=urgent", out _)!;
        Assert.Equal(("alice", "pw", "example.com", 5070), (uri.User, uri.Password, uri.Host, uri.Port));
        Assert.Equal("tcp", uri.Parameters.Get("TRANSPORT"));
        Assert.True(uri.Parameters.Has("lr"));
        Assert.Equal(["Subject", "Priority"], uri.Headers.Items.Select(h => h.Name));
        Assert.Equal("sip:alice:pw@example.com:5070;transport=tcp;lr?Subject=hi&Priority=urgent", uri.ToString());
    }

    [Fact]
    public void An_ipv6_reference_keeps_its_brackets_and_port()
    {
        var uri = SipUri.Parse("sips:[2001:db8::10]:5061", out _)!;
        Assert.Equal((UriSchemeKind.Sips, "[2001:db8::10]", 5061), (uri.Kind, uri.Host, uri.Port));
    }

    [Fact]
    public void A_tel_uri_keeps_its_number_and_context()
    {
        var uri = SipUri.Parse("tel:+1-201-555-0123;phone-context=example.com", out _)!;
        Assert.Equal((UriSchemeKind.Tel, "+1-201-555-0123", "example.com"), (uri.Kind, uri.User, uri.Parameters.Get("phone-context")));
        Assert.Equal("tel:+1-201-555-0123;phone-context=example.com", uri.ToString());
    }

    [Fact]
    public void Another_scheme_is_carried_opaquely()
    {
        var uri = SipUri.Parse("urn:service:sos", out _)!;
        Assert.Equal((UriSchemeKind.Other, "service:sos"), (uri.Kind, uri.Opaque));
        Assert.Equal("urn:service:sos", uri.ToString());
    }

    [Theory]
    [InlineData("sip:user@ex%ample.com", "URI has a broken % escape")]
    [InlineData("sip:us er@example.com", "URI has a character it may not hold")]
    [InlineData("sip:user@example.com:99999", "URI host or port is malformed")]
    [InlineData("example.com", "URI has no scheme")]
    [InlineData("sip:user@[2001:db8::1", "URI host or port is malformed")]
    public void A_malformed_uri_is_refused_with_a_reason(string text, string reason)
    {
        Assert.Null(SipUri.Parse(text, out var error));
        Assert.Equal(reason, error);
    }

    [Fact]
    public void Escapes_are_resolved_only_when_asked()
    {
        var uri = SipUri.Parse("sip:%61lice%20b@example.com", out _)!;
        Assert.Equal("%61lice%20b", uri.User);
        Assert.Equal("alice b", uri.UnescapedUser);
    }
}
