using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Auth;

/// <summary>A Digest challenge from WWW-Authenticate (401) or Proxy-Authenticate (407).</summary>
public sealed record DigestChallenge(string Realm, string Nonce, DigestAlgorithm Algorithm, bool QopAuth, string? Opaque, bool Stale, bool FromProxy)
{
    /// <summary>The challenge header value.</summary>
    public string ToHeaderValue() => DigestFields.Format([
        ("realm", Realm), ("nonce", Nonce), ("algorithm", Algorithm.Name()), ("qop", QopAuth ? "auth" : null),
        ("opaque", Opaque), ("stale", Stale ? "true" : null)], "algorithm", "stale");

    /// <summary>Reads one challenge value; null for another scheme, an unsupported algorithm or only qop=auth-int.</summary>
    public static DigestChallenge? Parse(string value, bool fromProxy)
    {
        var f = DigestFields.Parse(value);
        if (f is null || !f.TryGetValue("realm", out var realm) || !f.TryGetValue("nonce", out var nonce)) return null;
        var algorithm = DigestAlgorithms.Parse(f.GetValueOrDefault("algorithm"));
        if (algorithm is null) return null;
        var qops = f.TryGetValue("qop", out var q) ? q.Split(',').Select(s => s.Trim()).ToList() : null;
        if (qops is not null && !qops.Contains("auth", StringComparer.OrdinalIgnoreCase)) return null;
        var stale = f.TryGetValue("stale", out var s) && s.Equals("true", StringComparison.OrdinalIgnoreCase);
        return new DigestChallenge(realm, nonce, algorithm.Value, qops is not null, f.GetValueOrDefault("opaque"), stale, fromProxy);
    }

    /// <summary>The challenge to answer in a 401/407: the strongest supported algorithm (SHA-256 before MD5, RFC 8760 §2.4).</summary>
    public static DigestChallenge? Best(SipResponse response)
    {
        var proxy = response.StatusCode == SipStatus.ProxyAuthenticationRequired;
        var header = proxy ? SipHeaderNames.ProxyAuthenticate : SipHeaderNames.WwwAuthenticate;
        return response.Headers.Lines(header)
            .Select(v => Parse(v, proxy)).OfType<DigestChallenge>()
            .OrderByDescending(c => c.Algorithm.Base() == DigestAlgorithm.Sha256)
            .FirstOrDefault();
    }
}
