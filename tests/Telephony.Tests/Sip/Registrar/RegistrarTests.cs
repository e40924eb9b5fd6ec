using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Registrar;
using Outreach.Telephony.Tests.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Registrar;

public sealed class RegistrarTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly CredentialStore _store = new("outreach");

    private SipRegistrar Registrar(bool authenticate = true) =>
        new(new RegistrarOptions { RequireAuthentication = authenticate }, _store, _time, [7, 7, 7]);

    private static SipRequest Register(string user, string contact, int? expires = 3600, long cseq = 1) =>
        new("REGISTER", SipUri.ForSip(null, "outreach.test"), new SipHeaders([
            new SipHeader("Via", "SIP/2.0/UDP 127.0.0.1:5070;branch=z9hG4bK-r" + cseq),
            new SipHeader("From", $"<sip:{user}@outreach.test>;tag=f"),
            new SipHeader("To", $"<sip:{user}@outreach.test>"),
            new SipHeader("Call-ID", "reg-1"),
            new SipHeader("CSeq", cseq + " REGISTER"),
            new SipHeader("Contact", contact),
            .. expires is null ? Array.Empty<SipHeader>() : [new SipHeader("Expires", expires.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))]]), default);

    private SipRequest Authorized(SipRequest request, SipResponse challenge, string password, DigestAlgorithm? only = null)
    {
        var chosen = only is null ? DigestChallenge.Best(challenge)!
            : challenge.Headers.Lines("WWW-Authenticate").Select(v => DigestChallenge.Parse(v, false)!).First(c => c.Algorithm == only);
        var header = new DigestClient(new SipCredentials(request.To.Uri.User!, password), () => "cn").Authorize(request, chosen);
        return request with { Headers = request.Headers.Add(header.Name, header.Value) };
    }

    [Fact]
    public void The_store_keeps_ha1_per_algorithm_and_never_the_password()
    {
        _store.Provision("agent7", "s3cret!");
        Assert.Equal(DigestAlgorithm.Md5.Hash("agent7:outreach:s3cret!"), _store.Ha1("agent7", DigestAlgorithm.Md5));
        Assert.Equal(DigestAlgorithm.Sha256.Hash("agent7:outreach:s3cret!"), _store.Ha1("agent7", DigestAlgorithm.Sha256Sess));
        Assert.DoesNotContain("s3cret!", _store.Ha1("agent7", DigestAlgorithm.Md5));
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5)]
    [InlineData(DigestAlgorithm.Sha256)]
    public void A_register_is_challenged_then_bound_with_the_right_password(DigestAlgorithm algorithm)
    {
        _store.Provision("agent7", "s3cret!");
        var registrar = Registrar();
        var request = Register("agent7", "<sip:agent7@127.0.0.1:5070>");
        var challenge = registrar.Register(request, "t");
        Assert.Equal(401, challenge.StatusCode);
        Assert.Equal(2, challenge.Headers.Lines("WWW-Authenticate").Count());
        var ok = registrar.Register(Authorized(request, challenge, "s3cret!", algorithm), "t");
        Assert.Equal(200, ok.StatusCode);
        Assert.Equal("3600", Assert.Single(ok.Contacts).Parameters.Get("expires"));
        Assert.Single(registrar.Bindings("sip:agent7@outreach.test"));
    }

    [Fact]
    public void A_wrong_password_is_forbidden_and_binds_nothing()
    {
        _store.Provision("agent7", "s3cret!");
        var registrar = Registrar();
        var request = Register("agent7", "<sip:agent7@127.0.0.1:5070>");
        var response = registrar.Register(Authorized(request, registrar.Register(request, "t"), "guess"), "t");
        Assert.Equal(403, response.StatusCode);
        Assert.Empty(registrar.Bindings("sip:agent7@outreach.test"));
    }

    [Fact]
    public void An_expired_nonce_is_challenged_again_as_stale()
    {
        _store.Provision("agent7", "s3cret!");
        var registrar = Registrar();
        var request = Register("agent7", "<sip:agent7@127.0.0.1:5070>");
        var authorized = Authorized(request, registrar.Register(request, "t"), "s3cret!");
        _time.Advance(TimeSpan.FromMinutes(6));
        var again = registrar.Register(authorized, "t");
        Assert.Equal(401, again.StatusCode);
        Assert.True(DigestChallenge.Best(again)!.Stale);
    }

    [Fact]
    public void An_unknown_authorization_scheme_is_answered_with_a_digest_challenge()
    {
        var response = Registrar().Register(Rfc4475Tests.Parse<SipRequest>("regaut01"), "t");
        Assert.Equal(401, response.StatusCode);
        Assert.NotNull(DigestChallenge.Best(response));
    }

    [Fact]
    public void Bindings_expire_and_a_zero_expires_removes_one()
    {
        var registrar = Registrar(authenticate: false);
        registrar.Register(Register("a", "<sip:a@10.0.0.1>", 120), "t");
        registrar.Register(Register("a", "<sip:a@10.0.0.2>;expires=600", 120, 2), "t");
        _time.Advance(TimeSpan.FromSeconds(121));
        Assert.Equal("10.0.0.2", Assert.Single(registrar.Bindings("sip:a@outreach.test")).Contact.Uri.Host);
        registrar.Register(Register("a", "<sip:a@10.0.0.2>", 0, 3), "t");
        Assert.Empty(registrar.Bindings("sip:a@outreach.test"));
    }

    [Fact]
    public void Too_brief_a_registration_gets_423_with_min_expires()
    {
        var response = Registrar(authenticate: false).Register(Register("a", "<sip:a@10.0.0.1>", 10), "t");
        Assert.Equal((423, "60"), (response.StatusCode, response.Headers.Get("Min-Expires")));
    }

    [Fact]
    public void A_star_contact_with_expires_zero_removes_every_binding()
    {
        var registrar = Registrar(authenticate: false);
        registrar.Register(Register("a", "<sip:a@10.0.0.1>"), "t");
        registrar.Register(Register("a", "<sip:a@10.0.0.2>", cseq: 2), "t");
        Assert.Equal(200, registrar.Register(Register("a", "*", 0, 3), "t").StatusCode);
        Assert.Empty(registrar.Bindings("sip:a@outreach.test"));
        Assert.Equal(400, registrar.Register(Register("a", "*", 60, 4), "t").StatusCode);
    }

    [Theory]
    [InlineData("cparam01")]
    [InlineData("cparam02")]
    [InlineData("regescrt")]
    public void The_torture_registrations_are_bound_as_written(string name)
    {
        var request = Rfc4475Tests.Parse<SipRequest>(name);
        var response = Registrar(authenticate: false).Register(request, "t");
        Assert.Equal(200, response.StatusCode);
        var bound = Assert.Single(response.Contacts);
        Assert.Equal(request.Contacts[0].Uri, bound.Uri);
    }
}
