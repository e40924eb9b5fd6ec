using System.Globalization;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Auth;

/// <summary>Answers digest challenges as a client (RFC 7616 with qop=auth, nc and cnonce): the Authorization or Proxy-Authorization for a request.</summary>
public sealed class DigestClient(SipCredentials credentials, Func<string> newCnonce)
{
    private readonly Dictionary<string, int> _nonceCounts = [];

    /// <summary>The credentials header (name, value) answering the challenge for the request.</summary>
    public SipHeader Authorize(SipRequest request, DigestChallenge challenge)
    {
        var uri = request.Uri.ToString();
        string? cnonce = null, nc = null;
        if (challenge.QopAuth || challenge.Algorithm.IsSession())
        {
            cnonce = newCnonce();
            var count = _nonceCounts.GetValueOrDefault(challenge.Nonce) + 1;
            _nonceCounts[challenge.Nonce] = count;
            nc = count.ToString("x8", CultureInfo.InvariantCulture);
        }
        var qop = challenge.QopAuth ? "auth" : null;
        var ha1 = challenge.Algorithm.Ha1(credentials.Username, challenge.Realm, credentials.Password);
        var response = challenge.Algorithm.Response(ha1, challenge.Nonce, cnonce, nc, qop, request.Method, uri);
        var value = DigestFields.Format([
            ("username", credentials.Username), ("realm", challenge.Realm), ("nonce", challenge.Nonce), ("uri", uri),
            ("response", response), ("algorithm", challenge.Algorithm.Name()), ("cnonce", cnonce), ("opaque", challenge.Opaque),
            ("qop", qop), ("nc", qop is null ? null : nc)], "algorithm", "qop", "nc");
        return new SipHeader(challenge.FromProxy ? SipHeaderNames.ProxyAuthorization : SipHeaderNames.Authorization, value);
    }
}
