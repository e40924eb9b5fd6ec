namespace Outreach.Telephony.Sip.UserAgent;

/// <summary>Tags, branches, Call-IDs and cnonces from a Random the user agent was given (unique, not secret).</summary>
public sealed class SipIds(Random random)
{
    private readonly Lock _gate = new();

    /// <summary>A From/To tag.</summary>
    public string NewTag() => Hex(8);

    /// <summary>An RFC 3261 branch (magic cookie first).</summary>
    public string NewBranch() => Messages.Via.MagicCookie + Hex(12);

    /// <summary>A Call-ID at the given host.</summary>
    public string NewCallId(string host) => Hex(16) + "@" + host;

    /// <summary>A client nonce for digest authentication.</summary>
    public string NewCnonce() => Hex(16);

    private string Hex(int bytes)
    {
        var buffer = new byte[bytes];
        lock (_gate) random.NextBytes(buffer);
        return Convert.ToHexStringLower(buffer);
    }
}
