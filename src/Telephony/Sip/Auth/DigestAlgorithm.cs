using System.Security.Cryptography;
using System.Text;

namespace Outreach.Telephony.Sip.Auth;

/// <summary>The digest algorithms supported (RFC 2617 MD5, RFC 7616/8760 SHA-256), with their "-sess" variants.</summary>
public enum DigestAlgorithm
{
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
}

/// <summary>Names and hashing for <see cref="DigestAlgorithm"/>.</summary>
public static class DigestAlgorithms
{
    /// <summary>The token as written in challenges ("MD5", "SHA-256-sess").</summary>
    public static string Name(this DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5 => "MD5",
        DigestAlgorithm.Md5Sess => "MD5-sess",
        DigestAlgorithm.Sha256 => "SHA-256",
        _ => "SHA-256-sess",
    };

    /// <summary>Reads an algorithm token (absent means MD5); null for one not supported.</summary>
    public static DigestAlgorithm? Parse(string? token) => token?.ToUpperInvariant() switch
    {
        null or "MD5" => DigestAlgorithm.Md5,
        "MD5-SESS" => DigestAlgorithm.Md5Sess,
        "SHA-256" => DigestAlgorithm.Sha256,
        "SHA-256-SESS" => DigestAlgorithm.Sha256Sess,
        _ => null,
    };

    /// <summary>True for the "-sess" variants.</summary>
    public static bool IsSession(this DigestAlgorithm algorithm) => algorithm is DigestAlgorithm.Md5Sess or DigestAlgorithm.Sha256Sess;

    /// <summary>The base algorithm without "-sess" (what a stored HA1 is computed with).</summary>
    public static DigestAlgorithm Base(this DigestAlgorithm algorithm) =>
        algorithm is DigestAlgorithm.Sha256 or DigestAlgorithm.Sha256Sess ? DigestAlgorithm.Sha256 : DigestAlgorithm.Md5;

    /// <summary>Lower-case hex of the hash of the UTF-8 text.</summary>
    public static string Hash(this DigestAlgorithm algorithm, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var hash = algorithm.Base() == DigestAlgorithm.Sha256 ? SHA256.HashData(bytes) : MD5.HashData(bytes);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>HA1 = H(user:realm:password), what a registrar stores instead of the password.</summary>
    public static string Ha1(this DigestAlgorithm algorithm, string user, string realm, string password) =>
        algorithm.Base().Hash(user + ":" + realm + ":" + password);

    /// <summary>The response value (RFC 7616 §3.4.1) from a stored HA1.</summary>
    public static string Response(this DigestAlgorithm algorithm, string ha1, string nonce, string? cnonce, string? nc, string? qop, string method, string uri)
    {
        var sessionHa1 = algorithm.IsSession() ? algorithm.Hash(ha1 + ":" + nonce + ":" + cnonce) : ha1;
        var ha2 = algorithm.Hash(method + ":" + uri);
        return qop is null
            ? algorithm.Hash(sessionHa1 + ":" + nonce + ":" + ha2)
            : algorithm.Hash(sessionHa1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }
}
