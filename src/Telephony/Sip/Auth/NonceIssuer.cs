using System.Security.Cryptography;

namespace Outreach.Telephony.Sip.Auth;

/// <summary>What a nonce from a client turned out to be.</summary>
public enum NonceState
{
    Valid,
    /// <summary>Ours but expired: re-challenge with stale=true so the client retries without asking the user.</summary>
    Stale,
    Invalid,
}

/// <summary>Stateless nonces that expire (RFC 7616 §5.4): issue time and an HMAC over it with a key the issuer was given.</summary>
public sealed class NonceIssuer(byte[] key, TimeProvider time, TimeSpan lifetime)
{
    /// <summary>A new nonce stamped with the current time.</summary>
    public string Issue()
    {
        var stamp = BitConverter.GetBytes(time.GetUtcNow().UtcTicks);
        return Convert.ToBase64String([.. stamp, .. Mac(stamp)]);
    }

    /// <summary>Checks a nonce: ours and fresh, ours and expired, or not ours.</summary>
    public NonceState Check(string nonce)
    {
        Span<byte> bytes = stackalloc byte[40];
        if (!Convert.TryFromBase64String(nonce, bytes, out var length) || length != 24) return NonceState.Invalid;
        var stamp = bytes[..8].ToArray();
        if (!CryptographicOperations.FixedTimeEquals(bytes[8..24], Mac(stamp))) return NonceState.Invalid;
        var issued = new DateTimeOffset(BitConverter.ToInt64(stamp), TimeSpan.Zero);
        return time.GetUtcNow() - issued <= lifetime ? NonceState.Valid : NonceState.Stale;
    }

    private byte[] Mac(byte[] stamp) => HMACSHA256.HashData(key, stamp)[..16];
}
