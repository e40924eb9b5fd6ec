using System.Text;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>RFC 3261 §25 lexical rules shared by the header, URI and message parsers: tokens, LWS, quoted strings, lists, escapes.</summary>
public static class SipText
{
    /// <summary>token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~").</summary>
    public static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';

    /// <summary>True when the text is a non-empty token.</summary>
    public static bool IsToken(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return false;
        foreach (var c in text)
            if (!IsTokenChar(c)) return false;
        return true;
    }

    /// <summary>Linear white space inside an unfolded header value: space or tab.</summary>
    public static bool IsWhite(char c) => c is ' ' or '\t';

    /// <summary>Trims spaces and tabs (folding has already turned line breaks into spaces).</summary>
    public static string TrimLws(string text) => text.Trim(' ', '\t');

    /// <summary>The index just past a quoted string that starts at <paramref name="start"/>, or -1 when it is not closed.</summary>
    public static int SkipQuoted(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '"') return i + 1;
        }
        return -1;
    }

    /// <summary>The content of a quoted string with its backslash escapes resolved; the text itself when it is not quoted.</summary>
    public static string Unquote(string text)
    {
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"') return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length - 1) i++;
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>A quoted string for the value, escaping backslash and double quote.</summary>
    public static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Splits a header value on commas outside quoted strings and angle brackets; null when a quote or bracket is left open.</summary>
    public static List<string>? SplitList(string value)
    {
        var parts = new List<string>();
        var start = 0;
        var angle = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"')
            {
                var end = SkipQuoted(value, i);
                if (end < 0) return null;
                i = end - 1;
            }
            else if (c == '<') angle = true;
            else if (c == '>') angle = false;
            else if (c == ',' && !angle)
            {
                parts.Add(TrimLws(value[start..i]));
                start = i + 1;
            }
        }
        if (angle) return null;
        parts.Add(TrimLws(value[start..]));
        return parts;
    }

    /// <summary>True when every '%' is followed by two hexadecimal digits.</summary>
    public static bool HasValidEscapes(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '%') continue;
            if (i + 2 >= text.Length || !char.IsAsciiHexDigit(text[i + 1]) || !char.IsAsciiHexDigit(text[i + 2])) return false;
            i += 2;
        }
        return true;
    }

    /// <summary>Resolves %HH escapes (as UTF-8 octets); the text itself when it has none.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains('%')) return text;
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Removes spaces and tabs around the separators '/', '=', ';' and ':' the grammar pads with SWS (Via's sent-protocol, parameters).</summary>
    public static string SqueezeAround(string text, ReadOnlySpan<char> separators)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsWhite(c))
            {
                var j = i;
                while (j < text.Length && IsWhite(text[j])) j++;
                var nextIsSep = j < text.Length && separators.Contains(text[j]);
                var prevIsSep = sb.Length > 0 && separators.Contains(sb[^1]);
                if (!nextIsSep && !prevIsSep && sb.Length > 0 && j < text.Length) sb.Append(' ');
                i = j - 1;
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
