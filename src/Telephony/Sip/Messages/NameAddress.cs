using System.Text;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>A name-addr or addr-spec with header parameters (From, To, Contact, Route, Record-Route; RFC 3261 §20.10).</summary>
public sealed record NameAddress(string? DisplayName, SipUri Uri, SipParameters Parameters)
{
    /// <summary>The tag parameter (From/To), if any.</summary>
    public string? Tag => Parameters.Get("tag");

    /// <summary>A copy carrying the tag.</summary>
    public NameAddress WithTag(string tag) => this with { Parameters = Parameters.With("tag", tag) };

    /// <summary>Parses one name-addr or addr-spec with its parameters; null and a reason when malformed.</summary>
    public static NameAddress? Parse(string value, out string? error)
    {
        error = null;
        var t = SipText.TrimLws(value);
        string? display = null;
        int open;
        if (t.StartsWith('"'))
        {
            var end = SipText.SkipQuoted(t, 0);
            if (end < 0) { error = "display name quote is not closed"; return null; }
            display = SipText.Unquote(t[..end]);
            open = end;
            while (open < t.Length && SipText.IsWhite(t[open])) open++;
            if (open >= t.Length || t[open] != '<') { error = "quoted display name is not followed by <URI>"; return null; }
        }
        else
        {
            open = t.IndexOf('<');
            if (open < 0) return ParseAddrSpec(t, out error);
            var name = SipText.TrimLws(t[..open]);
            if (name.Length > 0)
            {
                if (!name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries).All(w => SipText.IsToken(w)))
                { error = "display name has characters that must be quoted"; return null; }
                display = string.Join(' ', name.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            }
        }
        var close = t.IndexOf('>', open);
        if (close < 0) { error = "'<' is not closed"; return null; }
        var uriText = t[(open + 1)..close];
        if (uriText.Length == 0 || SipText.IsWhite(uriText[0]) || SipText.IsWhite(uriText[^1]))
        { error = "white space inside <URI>"; return null; }
        var uri = SipUri.Parse(uriText, out error);
        if (uri is null) return null;
        var parameters = SipParameters.Parse(t[(close + 1)..]);
        if (parameters is null) { error = "header parameter is malformed"; return null; }
        return new NameAddress(display, uri, parameters);
    }

    private static NameAddress? ParseAddrSpec(string t, out string? error)
    {
        var semi = t.IndexOf(';');
        var uriText = SipText.TrimLws(semi < 0 ? t : t[..semi]);
        if (uriText.Contains('?') || uriText.Contains(',') || uriText.Any(SipText.IsWhite))
        { error = "a URI with '?', ',' or spaces must be inside <>"; return null; }
        var uri = SipUri.Parse(uriText, out error);
        if (uri is null) return null;
        var parameters = semi < 0 ? SipParameters.Empty : SipParameters.Parse(t[semi..]);
        if (parameters is null) { error = "header parameter is malformed"; return null; }
        return new NameAddress(null, uri, parameters);
    }

    /// <summary>Always the name-addr form ("Name" &lt;uri&gt;;params), which holds any URI.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (DisplayName is not null) sb.Append(QuoteDisplay(DisplayName)).Append(' ');
        return sb.Append('<').Append(Uri).Append('>').Append(Parameters).ToString();
    }

    // Control characters go out as quoted-pairs; CR and LF cannot be carried and are dropped.
    private static string QuoteDisplay(string name)
    {
        var sb = new StringBuilder("\"");
        foreach (var c in name)
        {
            if (c is '\r' or '\n') continue;
            if (c is '"' or '\\' || c < ' ' || c == 0x7F) sb.Append('\\');
            sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
