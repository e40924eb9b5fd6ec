using System.Text;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>One ";name[=value]" parameter; the value is kept as written (a quoted string keeps its quotes).</summary>
public sealed record SipParameter(string Name, string? Value);

/// <summary>An ordered list of parameters with case-insensitive lookup by name (URI, Via and header parameters).</summary>
public sealed class SipParameters : IEquatable<SipParameters>
{
    /// <summary>No parameters.</summary>
    public static readonly SipParameters Empty = new([]);

    private readonly SipParameter[] _items;

    /// <summary>Parameters in the given order.</summary>
    public SipParameters(IEnumerable<SipParameter> items) => _items = items.ToArray();

    /// <summary>The parameters in written order.</summary>
    public IReadOnlyList<SipParameter> Items => _items;

    /// <summary>True when a parameter of that name is present, with or without a value.</summary>
    public bool Has(string name) => _items.Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The value of the first parameter of that name; null when absent or valueless.</summary>
    public string? Get(string name) => _items.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>A copy with the parameter set (replacing one of the same name) at its place or at the end.</summary>
    public SipParameters With(string name, string? value)
    {
        var list = _items.ToList();
        var at = list.FindIndex(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (at >= 0) list[at] = new SipParameter(name, value);
        else list.Add(new SipParameter(name, value));
        return new SipParameters(list);
    }

    /// <summary>A copy without parameters of that name.</summary>
    public SipParameters Without(string name) =>
        new(_items.Where(p => !p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Parses ";a=b;c" (the text after the element the parameters belong to); null when a parameter is empty or malformed.</summary>
    public static SipParameters? Parse(string text, Func<char, bool>? valueChar = null)
    {
        var t = SipText.TrimLws(text);
        if (t.Length == 0) return Empty;
        if (t[0] != ';') return null;
        var items = new List<SipParameter>();
        var i = 1;
        while (true)
        {
            var end = FindSeparator(t, i);
            if (end < -1) return null;
            var piece = SipText.TrimLws(end < 0 ? t[i..] : t[i..end]);
            var parameter = ParseOne(piece, valueChar);
            if (parameter is null) return null;
            items.Add(parameter);
            if (end < 0) break;
            i = end + 1;
        }
        return new SipParameters(items);
    }

    // The next ';' outside a quoted string; -1 at the end, -2 for an unclosed quote.
    private static int FindSeparator(string t, int from)
    {
        for (var i = from; i < t.Length; i++)
        {
            if (t[i] == '"')
            {
                var end = SipText.SkipQuoted(t, i);
                if (end < 0) return -2;
                i = end - 1;
            }
            else if (t[i] == ';') return i;
        }
        return -1;
    }

    private static SipParameter? ParseOne(string piece, Func<char, bool>? valueChar)
    {
        var eq = piece.IndexOf('=');
        var name = SipText.TrimLws(eq < 0 ? piece : piece[..eq]);
        if (!SipText.IsToken(name)) return null;
        if (eq < 0) return new SipParameter(name, null);
        var value = SipText.TrimLws(piece[(eq + 1)..]);
        if (value.Length == 0) return null;
        if (value[0] == '"') return SipText.SkipQuoted(value, 0) == value.Length ? new SipParameter(name, value) : null;
        var ok = value[0] == '[' ? value[^1] == ']' : value.All(c => (valueChar ?? SipText.IsTokenChar)(c));
        return ok ? new SipParameter(name, value) : null;
    }

    /// <summary>";a=b;c" — empty when there are none.</summary>
    public override string ToString()
    {
        if (_items.Length == 0) return "";
        var sb = new StringBuilder();
        foreach (var p in _items)
        {
            sb.Append(';').Append(p.Name);
            if (p.Value is not null) sb.Append('=').Append(p.Value);
        }
        return sb.ToString();
    }

    /// <inheritdoc />
    public bool Equals(SipParameters? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SipParameters);

    /// <inheritdoc />
    public override int GetHashCode() => _items.Length;
}
