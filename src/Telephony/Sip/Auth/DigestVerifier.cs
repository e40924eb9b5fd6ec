using System.Security.Cryptography;
using System.Text;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Registrar;

namespace Outreach.Telephony.Sip.Auth;

/// <summary>The verdict on a request's credentials.</summary>
public enum DigestVerdict
{
    Authenticated,
    /// <summary>No usable credentials (none, another scheme, another realm, a nonce not ours): challenge.</summary>
    Challenge,
    /// <summary>Right password on an expired nonce: challenge with stale=true.</summary>
    Stale,
    /// <summary>Wrong response or unknown user.</summary>
    Forbidden,
}

/// <summary>Checks Authorization headers against stored HA1 values (RFC 7616 server side, qop=auth or none), and writes challenges.</summary>
public sealed class DigestVerifier(CredentialStore store, NonceIssuer nonces, IReadOnlyList<DigestAlgorithm>? offered = null)
{
    private readonly IReadOnlyList<DigestAlgorithm> _offered = offered ?? [DigestAlgorithm.Sha256, DigestAlgorithm.Md5];

    /// <summary>The verdict and, when authenticated, the user name.</summary>
    public (DigestVerdict Verdict, string? User) Verify(SipRequest request)
    {
        foreach (var value in request.Headers.Lines(SipHeaderNames.Authorization))
        {
            var f = DigestFields.Parse(value);
            if (f is null || !f.TryGetValue("realm", out var realm) || realm != store.Realm) continue;
            if (!f.TryGetValue("username", out var user) || !f.TryGetValue("nonce", out var nonce) || !f.TryGetValue("response", out var response) || !f.TryGetValue("uri", out var uri))
                return (DigestVerdict.Forbidden, null);
            var algorithm = DigestAlgorithms.Parse(f.GetValueOrDefault("algorithm"));
            var ha1 = algorithm is null ? null : store.Ha1(user, algorithm.Value);
            if (ha1 is null) return (DigestVerdict.Forbidden, null);
            var qop = f.GetValueOrDefault("qop");
            var expected = algorithm!.Value.Response(ha1, nonce, f.GetValueOrDefault("cnonce"), f.GetValueOrDefault("nc"), qop, request.Method, uri);
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(response.ToLowerInvariant())))
                return (DigestVerdict.Forbidden, null);
            return nonces.Check(nonce) switch
            {
                NonceState.Valid => (DigestVerdict.Authenticated, user),
                NonceState.Stale => (DigestVerdict.Stale, null),
                _ => (DigestVerdict.Challenge, null),
            };
        }
        return (DigestVerdict.Challenge, null);
    }

    /// <summary>WWW-Authenticate headers, one per offered algorithm in order (RFC 8760 §2.4: most preferred first), sharing a fresh nonce.</summary>
    public SipHeaders Challenges(bool stale)
    {
        var nonce = nonces.Issue();
        return new SipHeaders(_offered.Select(a => new SipHeader(SipHeaderNames.WwwAuthenticate,
            new DigestChallenge(store.Realm, nonce, a, true, null, stale, false).ToHeaderValue())));
    }
}
