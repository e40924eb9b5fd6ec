using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Tests.Sip.Auth;

public sealed class DigestTests
{
    [Fact]
    public void The_rfc_2617_md5_example_gives_its_response()
    {
        var ha1 = DigestAlgorithm.Md5.Ha1("Mufasa", "testrealm@host.com", "Circle Of Life");
        var response = DigestAlgorithm.Md5.Response(ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093", "0a4f113b", "00000001", "auth", "GET", "/dir/index.html");
        Assert.Equal("6629fae49393a05397450978507c4ef1", response);
    }

    [Theory]
    [InlineData(DigestAlgorithm.Md5, "8ca523f5e9506fed4657c9700eebdbec")]
    [InlineData(DigestAlgorithm.Sha256, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1")]
    public void The_rfc_7616_examples_give_their_responses(DigestAlgorithm algorithm, string expected)
    {
        var ha1 = algorithm.Ha1("Mufasa", "http-auth@example.org", "Circle of Life");
        var response = algorithm.Response(ha1, "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ", "00000001", "auth", "GET", "/dir/index.html");
        Assert.Equal(expected, response);
    }

    [Fact]
    public void Of_two_challenges_the_sha_256_one_is_answered()
    {
        var response = new SipResponse(401, "Unauthorized", new SipHeaders([
            new SipHeader("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n1\", algorithm=MD5, qop=\"auth\""),
            new SipHeader("WWW-Authenticate", "Digest realm=\"r\", nonce=\"n2\", algorithm=SHA-256, qop=\"auth,auth-int\"")]), default);
        var challenge = DigestChallenge.Best(response)!;
        Assert.Equal((DigestAlgorithm.Sha256, "n2", true), (challenge.Algorithm, challenge.Nonce, challenge.QopAuth));
    }

    [Fact]
    public void A_challenge_of_an_unknown_scheme_or_algorithm_is_not_answered()
    {
        Assert.Null(DigestChallenge.Parse("NoOneKnowsThisScheme opaque-data=here", false));
        Assert.Null(DigestChallenge.Parse("Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512-256", false));
    }

    [Fact]
    public void Nonce_counts_go_up_per_nonce_and_the_cnonce_is_fresh()
    {
        var cnonces = new Queue<string>(["c1", "c2"]);
        var client = new DigestClient(new SipCredentials("alice", "secret"), cnonces.Dequeue);
        var request = new SipRequest("REGISTER", SipUri.ForSip(null, "example.com"), SipHeaders.Empty, default);
        var challenge = new DigestChallenge("r", "n", DigestAlgorithm.Md5, true, "op", false, true);
        var first = DigestFields.Parse(client.Authorize(request, challenge).Value)!;
        var second = client.Authorize(request, challenge);
        Assert.Equal("Proxy-Authorization", second.Name);
        var fields = DigestFields.Parse(second.Value)!;
        Assert.Equal(("00000001", "c1"), (first["nc"], first["cnonce"]));
        Assert.Equal(("00000002", "c2", "op"), (fields["nc"], fields["cnonce"], fields["opaque"]));
    }

    [Fact]
    public void A_nonce_is_valid_then_stale_and_a_forged_one_is_invalid()
    {
        var time = new FakeTimeProvider();
        var issuer = new NonceIssuer([1, 2, 3, 4], time, TimeSpan.FromMinutes(5));
        var nonce = issuer.Issue();
        Assert.Equal(NonceState.Valid, issuer.Check(nonce));
        time.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(NonceState.Stale, issuer.Check(nonce));
        Assert.Equal(NonceState.Invalid, new NonceIssuer([9], time, TimeSpan.FromMinutes(5)).Check(nonce));
        Assert.Equal(NonceState.Invalid, issuer.Check("not-base64!"));
    }
}
