using System.Text;
using Outreach.Telephony.Sip.Messages;

namespace Outreach.Telephony.Sip.Auth;

/// <summary>The "Digest a=b, c="d"" parameter list shared by challenges and credentials (RFC 7616 §3.3–3.4).</summary>
public static class DigestFields
{
    /// <summary>The fields of a Digest header value (names lower-cased, values unquoted); null for another scheme or broken syntax.</summary>
    public static Dictionary<string, string>? Parse(string value)
    {
        var t = SipText.TrimLws(value);
        var space = t.IndexOfAny([' ', '\t']);
        if (space < 0 || !t[..space].Equals("Digest", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = SipText.SplitList(t[(space + 1)..]);
        if (parts is null) return null;
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts.Where(p => p.Length > 0))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) return null;
            fields[SipText.TrimLws(part[..eq]).ToLowerInvariant()] = SipText.Unquote(SipText.TrimLws(part[(eq + 1)..]));
        }
        return fields;
    }

    /// <summary>"Digest name="value", token=value" — names in <paramref name="unquoted"/> are written bare.</summary>
    public static string Format(IEnumerable<(string Name, string? Value)> fields, params string[] unquoted)
    {
        var sb = new StringBuilder("Digest ");
        var first = true;
        foreach (var (name, value) in fields)
        {
            if (value is null) continue;
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(name).Append('=').Append(unquoted.Contains(name) ? value : SipText.Quote(value));
        }
        return sb.ToString();
    }
}
