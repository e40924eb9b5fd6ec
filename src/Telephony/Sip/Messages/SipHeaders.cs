using System.Collections;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>One header line, its name canonicalised (compact forms expanded) and its value unfolded and trimmed.</summary>
public sealed record SipHeader(string Name, string Value);

/// <summary>The headers of a message in written order; names compare case-insensitively; repeated headers and comma lists both count as several values.</summary>
public sealed class SipHeaders : IReadOnlyList<SipHeader>, IEquatable<SipHeaders>
{
    /// <summary>No headers.</summary>
    public static readonly SipHeaders Empty = new([]);

    private readonly SipHeader[] _items;

    /// <summary>Headers in the given order (names are canonicalised).</summary>
    public SipHeaders(IEnumerable<SipHeader> items) =>
        _items = items.Select(h => new SipHeader(SipHeaderNames.Canonicalize(h.Name), h.Value)).ToArray();

    private SipHeaders(SipHeader[] items, bool _) => _items = items;

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public SipHeader this[int index] => _items[index];

    /// <summary>The value of the first header of that name (or compact form), or null.</summary>
    public string? Get(string name)
    {
        name = SipHeaderNames.Canonicalize(name);
        foreach (var h in _items)
            if (h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return h.Value;
        return null;
    }

    /// <summary>True when a header of that name is present.</summary>
    public bool Has(string name) => Get(name) is not null;

    /// <summary>Every header line of that name, as written.</summary>
    public IEnumerable<string> Lines(string name)
    {
        name = SipHeaderNames.Canonicalize(name);
        return _items.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);
    }

    /// <summary>Every value of a list header: repeated lines and comma-separated values, in order.</summary>
    public IEnumerable<string> Values(string name) =>
        Lines(name).SelectMany(v => SipText.SplitList(v) ?? [v]).Where(v => v.Length > 0);

    /// <summary>A copy with a header added at the end.</summary>
    public SipHeaders Add(string name, string value) => new([.. _items, new SipHeader(SipHeaderNames.Canonicalize(name), value)], true);

    /// <summary>A copy with a header added before all others (a new top Via).</summary>
    public SipHeaders Prepend(string name, string value) => new([new SipHeader(SipHeaderNames.Canonicalize(name), value), .. _items], true);

    /// <summary>A copy where the header has one value: the first line of that name is replaced and other lines removed, or it is added.</summary>
    public SipHeaders Set(string name, string value)
    {
        var canonical = SipHeaderNames.Canonicalize(name);
        var list = new List<SipHeader>(_items.Length + 1);
        var placed = false;
        foreach (var h in _items)
        {
            if (!h.Name.Equals(canonical, StringComparison.OrdinalIgnoreCase)) { list.Add(h); continue; }
            if (!placed) list.Add(new SipHeader(canonical, value));
            placed = true;
        }
        if (!placed) list.Add(new SipHeader(canonical, value));
        return new SipHeaders(list.ToArray(), true);
    }

    /// <summary>A copy without headers of that name.</summary>
    public SipHeaders Remove(string name)
    {
        name = SipHeaderNames.Canonicalize(name);
        return new(_items.Where(h => !h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).ToArray(), true);
    }

    /// <summary>A copy without the first header of that name (the top Via of a forwarded response).</summary>
    public SipHeaders RemoveFirst(string name)
    {
        name = SipHeaderNames.Canonicalize(name);
        var at = Array.FindIndex(_items, h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        return at < 0 ? this : new SipHeaders(_items.Where((_, i) => i != at).ToArray(), true);
    }

    /// <inheritdoc />
    public IEnumerator<SipHeader> GetEnumerator() => ((IEnumerable<SipHeader>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(SipHeaders? other) => other is not null && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SipHeaders);

    /// <inheritdoc />
    public override int GetHashCode() => _items.Length;
}
