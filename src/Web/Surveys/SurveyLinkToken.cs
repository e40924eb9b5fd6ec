using System.Security.Cryptography;
using System.Text;

namespace Outreach.Web.Surveys;

/// <summary>Random 128-bit link tokens (base64url) and the SHA-256 hash that is all we store.</summary>
public static class SurveyLinkToken
{
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(16));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>A token has the exact shape we issue; anything else is refused before the database is asked.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 22 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
