using System.Globalization;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>The CSeq header (RFC 3261 §20.16): a sequence number below 2^31 and the request method.</summary>
public sealed record CSeq(long Number, string Method)
{
    /// <summary>Parses "number method"; null and a reason when malformed or out of range.</summary>
    public static CSeq? Parse(string value, out string? error)
    {
        error = "CSeq is malformed";
        var parts = value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !SipText.IsToken(parts[1]) || parts[0].Length > 10 || !parts[0].All(char.IsAsciiDigit)) return null;
        var number = long.Parse(parts[0], CultureInfo.InvariantCulture);
        if (number >= 1L << 31) { error = "CSeq number is 2^31 or more"; return null; }
        error = null;
        return new CSeq(number, parts[1]);
    }

    /// <summary>"number method".</summary>
    public override string ToString() => Number.ToString(CultureInfo.InvariantCulture) + " " + Method;
}
