using System.Globalization;
using System.Text.RegularExpressions;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>The syntax checks on the headers every element relies on (RFC 3261 §20, RFC 4475 §3.1.2 and §3.3): a message failing one is refused with 400.</summary>
public static partial class SipHeaderValidation
{
    private static readonly string[] Required = [SipHeaderNames.Via, SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq];

    /// <summary>The first problem found, or null; <paramref name="method"/> is the request method (null for a response).</summary>
    public static string? Check(SipHeaders headers, string? method)
    {
        foreach (var name in SipHeaderNames.SingleValued)
            if (headers.Lines(name).Count() > 1) return name + " appears more than once";
        foreach (var name in Required)
            if (!headers.Has(name)) return "missing " + name;
        foreach (var header in headers)
        {
            var error = CheckOne(header.Name, header.Value, method);
            if (error is not null) return error;
        }
        return null;
    }

    private static string? CheckOne(string name, string value, string? method) => name switch
    {
        SipHeaderNames.Via => Via.ParseAll(value, out var e) is null ? e : null,
        SipHeaderNames.From or SipHeaderNames.To => NameAddress.Parse(value, out var e) is null ? name + ": " + e : null,
        SipHeaderNames.CSeq => CheckCSeq(value, method),
        SipHeaderNames.CallId => value.Length == 0 || value.Any(SipText.IsWhite) ? "Call-ID is empty or has spaces" : null,
        SipHeaderNames.MaxForwards => Bounded(value, 255) ? null : "Max-Forwards is not a number up to 255",
        SipHeaderNames.Expires or SipHeaderNames.MinExpires => Bounded(value, uint.MaxValue) ? null : name + " is not a 32-bit number",
        SipHeaderNames.RetryAfter => Bounded(value.Split([' ', ';', '('])[0], uint.MaxValue) ? null : "Retry-After is not a 32-bit number",
        SipHeaderNames.Contact => CheckContacts(value),
        SipHeaderNames.Route or SipHeaderNames.RecordRoute => CheckAddresses(name, value),
        SipHeaderNames.Date => DatePattern().IsMatch(value) ? null : "Date is not an RFC 1123 date in GMT",
        SipHeaderNames.ContentType => MediaTypePattern().IsMatch(value) ? null : "Content-Type is not type/subtype",
        SipHeaderNames.Warning => (SipText.SplitList(value) ?? []).All(w => WarningPattern().IsMatch(w)) ? null : "Warning is not 'code agent \"text\"'",
        _ => null,
    };

    private static string? CheckCSeq(string value, string? method)
    {
        var cseq = CSeq.Parse(value, out var error);
        if (cseq is null) return error;
        return method is not null && cseq.Method != method ? "CSeq method does not match the request method" : null;
    }

    private static string? CheckContacts(string value)
    {
        if (value == "*") return null;
        var parts = SipText.SplitList(value);
        if (parts is null) return "Contact has an unclosed quote or bracket";
        foreach (var part in parts)
        {
            var address = NameAddress.Parse(part, out var error);
            if (address is null) return "Contact: " + error;
            if (address.Parameters.Get("expires") is { } expires && !Bounded(expires, uint.MaxValue)) return "Contact expires is not a 32-bit number";
        }
        return null;
    }

    private static string? CheckAddresses(string name, string value)
    {
        var parts = SipText.SplitList(value);
        if (parts is null) return name + " has an unclosed quote or bracket";
        foreach (var part in parts)
            if (NameAddress.Parse(part, out var error) is null) return name + ": " + error;
        return null;
    }

    private static bool Bounded(string text, ulong max) =>
        text.Length is > 0 and <= 10 && text.All(char.IsAsciiDigit) && ulong.Parse(text, CultureInfo.InvariantCulture) <= max;

    [GeneratedRegex(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^[A-Za-z0-9\-.!%*_+`'~]+[ \t]*/[ \t]*[A-Za-z0-9\-.!%*_+`'~]+([ \t]*;.*)?$")]
    private static partial Regex MediaTypePattern();

    [GeneratedRegex(@"^\d{3} \S+ "".*""$")]
    private static partial Regex WarningPattern();
}
