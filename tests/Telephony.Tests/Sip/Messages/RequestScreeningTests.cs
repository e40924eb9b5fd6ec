using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Messages;

/// <summary>RFC 4475 §3.2–3.4: the answers a UAS gives before any dialog logic.</summary>
public sealed class RequestScreeningTests
{
    private static readonly ScreeningPolicy Policy = ScreeningPolicy.UserAgent.WithRegistrar();

    private static int? Answer(string name)
    {
        var result = SipMessageParser.Parse(Rfc4475Corpus.Read(name));
        if (!result.Succeeded) return SipResponses.ForRefused(result.Error!)?.StatusCode;
        return RequestScreening.Screen(Assert.IsType<SipRequest>(result.Message), Policy, "t1")?.StatusCode;
    }

    [Theory]
    [InlineData("unkscm", SipStatus.UnsupportedUriScheme)]
    [InlineData("novelsc", SipStatus.UnsupportedUriScheme)]
    [InlineData("unksm2", SipStatus.BadRequest)]
    [InlineData("bext01", SipStatus.BadExtension)]
    [InlineData("invut", SipStatus.UnsupportedMediaType)]
    [InlineData("insuf", SipStatus.BadRequest)]
    [InlineData("multi01", SipStatus.BadRequest)]
    [InlineData("mcl01", SipStatus.BadRequest)]
    [InlineData("sdp01", SipStatus.NotAcceptable)]
    [InlineData("intmeth", SipStatus.NotImplemented)]
    [InlineData("esc02", SipStatus.NotImplemented)]
    public void An_application_layer_torture_request_gets_the_response_the_rfc_names(string name, int expected) =>
        Assert.Equal(expected, Answer(name));

    [Theory]
    [InlineData("badbranch")]
    [InlineData("zeromf")]
    [InlineData("cparam01")]
    [InlineData("cparam02")]
    [InlineData("regescrt")]
    [InlineData("inv2543")]
    [InlineData("regaut01")]
    [InlineData("wsinv")]
    public void A_legal_torture_request_passes_screening_to_be_processed(string name) => Assert.Null(Answer(name));

    [Fact]
    public void A_420_lists_every_unsupported_require_tag_and_ignores_proxy_require()
    {
        var request = Rfc4475Tests.Parse<SipRequest>("bext01");
        var response = RequestScreening.Screen(request, Policy, "t1")!;
        Assert.Equal("nothingSupportsThis, nothingSupportsThisEither", response.Headers.Get("Unsupported"));
    }

    [Fact]
    public void A_415_says_which_body_types_are_accepted()
    {
        var response = RequestScreening.Screen(Rfc4475Tests.Parse<SipRequest>("invut"), Policy, "t1")!;
        Assert.Equal("application/sdp", response.Headers.Get("Accept"));
        Assert.Equal("t1", response.To.Tag);
        Assert.Equal("invut.0ha0isndaksdjadsfij34n23d", response.CallId);
    }

    [Fact]
    public void A_branch_that_is_only_the_magic_cookie_is_matched_as_rfc_2543()
    {
        Assert.False(Rfc4475Tests.Parse<SipRequest>("badbranch").TopVia!.HasRfc3261Branch);
        Assert.Null(Rfc4475Tests.Parse<SipRequest>("inv2543").TopVia!.Branch);
    }

    [Fact]
    public void Contact_parameters_outside_angle_brackets_belong_to_the_header_and_inside_to_the_uri()
    {
        var outside = Assert.Single(Rfc4475Tests.Parse<SipRequest>("cparam01").Contacts);
        Assert.True(outside.Parameters.Has("unknownparam"));
        Assert.Empty(outside.Uri.Parameters.Items);
        var inside = Assert.Single(Rfc4475Tests.Parse<SipRequest>("cparam02").Contacts);
        Assert.True(inside.Uri.Parameters.Has("unknownparam"));
        Assert.Empty(inside.Parameters.Items);
    }

    [Fact]
    public void An_escaped_header_in_a_contact_uri_is_kept_as_written()
    {
        var contact = Assert.Single(Rfc4475Tests.Parse<SipRequest>("regescrt").Contacts);
        Assert.Equal("%3Csip:sip.example.com%3E", contact.Uri.Headers.Get("Route"));
        Assert.Equal("<sip:user@example.com?Route=%3Csip:sip.example.com%3E>", contact.ToString());
    }

    [Fact]
    public void A_response_with_a_broadcast_via_parses_as_a_response()
    {
        var response = Rfc4475Tests.Parse<SipResponse>("bcast");
        Assert.Equal("255.255.255.255", response.Vias[1].Host);
    }

    [Fact]
    public void An_ack_is_never_answered()
    {
        var request = Rfc4475Tests.Parse<SipRequest>("unkscm") with { Method = "ACK" };
        Assert.Null(RequestScreening.Screen(request, Policy, "t1"));
    }
}
