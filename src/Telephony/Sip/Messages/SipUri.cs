using System.Globalization;
using System.Text;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>The kinds of URI a SIP element tells apart; anything else is carried opaquely.</summary>
public enum UriSchemeKind
{
    Sip,
    Sips,
    Tel,
    Other,
}

/// <summary>A SIP, SIPS or tel URI (RFC 3261 §19.1, RFC 3966), or an opaque URI of another scheme; user, parameters and headers are kept as written (escaped).</summary>
public sealed record SipUri(string Scheme, string? User, string? Password, string Host, int? Port, SipParameters Parameters, SipParameters Headers, string? Opaque = null)
{
    /// <summary>Which scheme this is.</summary>
    public UriSchemeKind Kind => Scheme switch
    {
        "sip" => UriSchemeKind.Sip,
        "sips" => UriSchemeKind.Sips,
        "tel" => UriSchemeKind.Tel,
        _ => UriSchemeKind.Other,
    };

    /// <summary>True for sip: and sips: URIs.</summary>
    public bool IsSip => Kind is UriSchemeKind.Sip or UriSchemeKind.Sips;

    /// <summary>The user part with its escapes resolved.</summary>
    public string? UnescapedUser => User is null ? null : SipText.Unescape(User);

    /// <summary>A sip: URI for a user at a host and optional port.</summary>
    public static SipUri ForSip(string? user, string host, int? port = null, SipParameters? parameters = null) =>
        new("sip", user, null, host, port, parameters ?? SipParameters.Empty, SipParameters.Empty);

    /// <summary>A copy with a URI parameter set.</summary>
    public SipUri WithParameter(string name, string? value) => this with { Parameters = Parameters.With(name, value) };

    /// <summary>Parses a URI; returns null and a reason when it is not well formed.</summary>
    public static SipUri? Parse(string text, out string? error)
    {
        error = null;
        var colon = text.IndexOf(':');
        if (colon <= 0 || !IsScheme(text.AsSpan(0, colon))) { error = "URI has no scheme"; return null; }
        var scheme = text[..colon].ToLowerInvariant();
        var rest = text[(colon + 1)..];
        if (rest.Length == 0 || rest.Any(c => c <= ' ' || c >= 0x7F || c is '<' or '>' or '"')) { error = "URI has a character it may not hold"; return null; }
        if (!SipText.HasValidEscapes(rest)) { error = "URI has a broken % escape"; return null; }
        return scheme switch
        {
            "sip" or "sips" => ParseSip(scheme, rest, out error),
            "tel" => ParseTel(rest, out error),
            _ => new SipUri(scheme, null, null, "", null, SipParameters.Empty, SipParameters.Empty, rest),
        };
    }

    private static bool IsScheme(ReadOnlySpan<char> s) =>
        char.IsAsciiLetter(s[0]) && s.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.") < 0;

    private static SipUri? ParseSip(string scheme, string rest, out string? error)
    {
        error = null;
        string? user = null, password = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            var userinfo = rest[..at];
            var pc = userinfo.IndexOf(':');
            user = pc < 0 ? userinfo : userinfo[..pc];
            password = pc < 0 ? null : userinfo[(pc + 1)..];
            if (user.Length == 0 || !user.All(IsUserChar) || (password is not null && !password.All(IsPasswordChar)))
            { error = "URI user part is malformed"; return null; }
            rest = rest[(at + 1)..];
        }
        var q = rest.IndexOf('?');
        var headersText = q < 0 ? null : rest[(q + 1)..];
        var beforeHeaders = q < 0 ? rest : rest[..q];
        var semi = beforeHeaders.IndexOf(';');
        var hostport = semi < 0 ? beforeHeaders : beforeHeaders[..semi];
        if (!TryHostPort(hostport, out var host, out var port)) { error = "URI host or port is malformed"; return null; }
        var parameters = semi < 0 ? SipParameters.Empty : ParseUriParameters(beforeHeaders[(semi + 1)..], ';');
        var headers = headersText is null ? SipParameters.Empty : ParseUriParameters(headersText, '&');
        if (parameters is null || headers is null) { error = "URI parameter or header is malformed"; return null; }
        return new SipUri(scheme, user, password, host, port, parameters, headers);
    }

    private static SipUri? ParseTel(string rest, out string? error)
    {
        error = null;
        var semi = rest.IndexOf(';');
        var number = semi < 0 ? rest : rest[..semi];
        var parameters = semi < 0 ? SipParameters.Empty : ParseUriParameters(rest[(semi + 1)..], ';');
        if (number.Length == 0 || parameters is null || !number.All(c => char.IsAsciiHexDigit(c) || c is '+' or '-' or '.' or '(' or ')' or '*' or '#'))
        { error = "tel URI is malformed"; return null; }
        return new SipUri("tel", number, null, "", null, parameters, SipParameters.Empty);
    }

    private static bool TryHostPort(string text, out string host, out int? port)
    {
        host = text;
        port = null;
        string? portText = null;
        if (text.StartsWith('['))
        {
            var close = text.IndexOf(']');
            if (close < 0) return false;
            host = text[..(close + 1)];
            if (!host[1..^1].All(c => char.IsAsciiHexDigit(c) || c is ':' or '.')) return false;
            if (close + 1 < text.Length)
            {
                if (text[close + 1] != ':') return false;
                portText = text[(close + 2)..];
            }
        }
        else
        {
            var c = text.IndexOf(':');
            if (c >= 0) { host = text[..c]; portText = text[(c + 1)..]; }
            if (host.Length == 0 || !host.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '.' or '_')) return false;
        }
        if (portText is null) return true;
        if (portText.Length is 0 or > 5 || !portText.All(char.IsAsciiDigit)) return false;
        port = int.Parse(portText, CultureInfo.InvariantCulture);
        return port <= 65535;
    }

    private static SipParameters? ParseUriParameters(string text, char separator)
    {
        var items = new List<SipParameter>();
        foreach (var piece in text.Split(separator))
        {
            var eq = piece.IndexOf('=');
            var name = eq < 0 ? piece : piece[..eq];
            var value = eq < 0 ? null : piece[(eq + 1)..];
            if (name.Length == 0 || !name.All(IsParamChar) || (value is not null && !value.All(IsParamChar))) return null;
            items.Add(new SipParameter(name, value));
        }
        return new SipParameters(items);
    }

    private static bool IsUnreserved(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')' or '%';
    private static bool IsUserChar(char c) => IsUnreserved(c) || c is '&' or '=' or '+' or '$' or ',' or ';' or '?' or '/';
    private static bool IsPasswordChar(char c) => IsUnreserved(c) || c is '&' or '=' or '+' or '$' or ',';
    private static bool IsParamChar(char c) => IsUnreserved(c) || c is '[' or ']' or '/' or ':' or '&' or '+' or '$' or '?';

    /// <summary>The URI as written on the wire.</summary>
    public override string ToString()
    {
        if (Opaque is not null) return Scheme + ":" + Opaque;
        var sb = new StringBuilder(Scheme).Append(':');
        if (Kind == UriSchemeKind.Tel) return sb.Append(User).Append(Parameters).ToString();
        if (User is not null)
        {
            sb.Append(User);
            if (Password is not null) sb.Append(':').Append(Password);
            sb.Append('@');
        }
        sb.Append(Host);
        if (Port is not null) sb.Append(':').Append(Port.Value.ToString(CultureInfo.InvariantCulture));
        sb.Append(Parameters);
        for (var i = 0; i < Headers.Items.Count; i++)
        {
            var h = Headers.Items[i];
            sb.Append(i == 0 ? '?' : '&').Append(h.Name);
            if (h.Value is not null) sb.Append('=').Append(h.Value);
        }
        return sb.ToString();
    }
}
