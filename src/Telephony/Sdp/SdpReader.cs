namespace Outreach.Telephony.Sdp;

/// <summary>The line-by-line state of <see cref="SdpParser"/>: session lines first, then one media description per m=.</summary>
internal sealed class SdpReader
{
    private int _lines;
    private SdpSession _session = new() { Origin = new SdpOrigin("-", 0, 0, "IP4", "0.0.0.0"), SessionName = "-", Timings = ValueList<SdpTiming>.Empty };
    private bool _sawOrigin;
    private bool _sawName;
    private readonly List<SdpTiming> _timings = [];
    private readonly List<SdpAttribute> _sessionAttributes = [];
    private readonly List<SdpMedia> _media = [];
    private SdpMedia? _current;
    private readonly List<SdpAttribute> _mediaAttributes = [];

    /// <summary>Reads one line; returns why it is refused, or null.</summary>
    public string? Read(string line)
    {
        if (line.Length < 2 || line[1] != '=' || !char.IsAsciiLetterLower(line[0]))
            return "a line must be '<lower-case letter>=<value>'";
        var type = line[0];
        var value = line[2..];
        _lines++;
        if (_lines == 1) return type == 'v' ? ReadVersion(value) : "the first line must be v=0";
        if (type == 'm') return ReadMediaLine(value);
        return _current is null ? ReadSessionLine(type, value) : ReadMediaAttributeLine(type, value);
    }

    public string? Finish()
    {
        if (_lines == 0) return "no v= line";
        if (!_sawOrigin) return "no o= line";
        if (!_sawName) return "no s= line";
        if (_timings.Count == 0) return "no t= line";
        return null;
    }

    public SdpSession Build()
    {
        CloseMedia();
        return _session with
        {
            Timings = _timings.ToValueList(),
            Attributes = _sessionAttributes.ToValueList(),
            Media = _media.ToValueList(),
        };
    }

    private static string? ReadVersion(string value) => value == "0" ? null : $"unsupported SDP version '{value}' (only 0)";

    private string? ReadSessionLine(char type, string value)
    {
        switch (type)
        {
            case 'o': return ReadOrigin(value);
            case 's':
                if (_sawName) return "a second s= line";
                _sawName = true;
                _session = _session with { SessionName = value };
                return value.Length == 0 ? "s= must not be empty (use s=-)" : null;
            case 'i': _session = _session with { Information = value }; return null;
            case 'u': _session = _session with { Uri = value }; return null;
            case 'e': _session = _session with { Emails = _session.Emails.Append(value).ToValueList() }; return null;
            case 'p': _session = _session with { Phones = _session.Phones.Append(value).ToValueList() }; return null;
            case 'c': return ReadConnection(value, c => _session = _session with { Connection = c }, _session.Connection is not null);
            case 'b': return ReadBandwidth(value, b => _session = _session with { Bandwidths = _session.Bandwidths.Append(b).ToValueList() });
            case 't': return ReadTiming(value);
            case 'r': return ReadRepeat(value);
            case 'z': _session = _session with { TimeZones = value }; return null;
            case 'k': _session = _session with { Key = value }; return null;
            case 'a': _sessionAttributes.Add(ParseAttribute(value)); return null;
            case 'v': return "a second v= line";
            default: return null; // RFC 8866 §5: unknown types may be ignored.
        }
    }

    private string? ReadMediaAttributeLine(char type, string value)
    {
        var media = _current!;
        switch (type)
        {
            case 'i': _current = media with { Information = value }; return null;
            case 'c': return ReadConnection(value, c => _current = media with { Connection = c }, media.Connection is not null);
            case 'b': return ReadBandwidth(value, b => _current = media with { Bandwidths = media.Bandwidths.Append(b).ToValueList() });
            case 'k': _current = media with { Key = value }; return null;
            case 'a': _mediaAttributes.Add(ParseAttribute(value)); return null;
            case 'v' or 'o' or 's' or 't' or 'r' or 'z' or 'u' or 'e' or 'p': return $"{type}= is a session-level line and cannot follow m=";
            default: return null;
        }
    }

    private string? ReadOrigin(string value)
    {
        if (_sawOrigin) return "a second o= line";
        var parts = value.Split(' ');
        if (parts.Length != 6) return "o= needs 6 fields: username sess-id sess-version IN addrtype address";
        if (!SdpParser.TryUInt64(parts[1], out var id)) return $"o= session id '{parts[1]}' is not a number";
        if (!SdpParser.TryUInt64(parts[2], out var version)) return $"o= session version '{parts[2]}' is not a number";
        if (parts[3] != "IN") return $"o= network type '{parts[3]}' is not IN";
        if (parts[0].Length == 0 || parts[4].Length == 0 || parts[5].Length == 0) return "o= has an empty field";
        _sawOrigin = true;
        _session = _session with { Origin = new SdpOrigin(parts[0], id, version, parts[4], parts[5]) };
        return null;
    }

    private static string? ReadConnection(string value, Action<SdpConnection> set, bool already)
    {
        if (already) return "a second c= line at this level";
        var parts = value.Split(' ');
        if (parts.Length != 3) return "c= needs 3 fields: IN addrtype address";
        if (parts[0] != "IN") return $"c= network type '{parts[0]}' is not IN";
        if (parts[1] is not ("IP4" or "IP6")) return $"c= address type '{parts[1]}' is not IP4 or IP6";
        if (parts[2].Length == 0) return "c= has no address";
        set(new SdpConnection(parts[1], parts[2]));
        return null;
    }

    private static string? ReadBandwidth(string value, Action<SdpBandwidth> add)
    {
        var colon = value.IndexOf(':');
        if (colon <= 0 || !long.TryParse(value.AsSpan(colon + 1), System.Globalization.NumberStyles.None, null, out var kbps))
            return "b= must be '<type>:<number>'";
        add(new SdpBandwidth(value[..colon], kbps));
        return null;
    }

    private string? ReadTiming(string value)
    {
        var parts = value.Split(' ');
        if (parts.Length != 2 || !SdpParser.TryUInt64(parts[0], out var start) || !SdpParser.TryUInt64(parts[1], out var stop))
            return "t= must be '<start> <stop>' in decimal seconds";
        _timings.Add(new SdpTiming(start, stop, ValueList<string>.Empty));
        return null;
    }

    private string? ReadRepeat(string value)
    {
        if (_timings.Count == 0) return "r= before any t= line";
        var last = _timings[^1];
        _timings[^1] = last with { Repeats = last.Repeats.Append(value).ToValueList() };
        return null;
    }

    private string? ReadMediaLine(string value)
    {
        if (!_sawOrigin || !_sawName || _timings.Count == 0) return "m= before the session's o=, s= and t= lines";
        CloseMedia();
        var parts = value.Split(' ');
        if (parts.Length < 4) return "m= needs at least 4 fields: media port proto format...";
        if (parts[0].Length == 0 || parts[2].Length == 0) return "m= has an empty field";
        var portText = parts[1];
        int? count = null;
        var slash = portText.IndexOf('/');
        if (slash >= 0)
        {
            if (!SdpParser.TryInt(portText[(slash + 1)..], out var n) || n < 1) return $"m= port count '{portText[(slash + 1)..]}' is not a positive number";
            count = n;
            portText = portText[..slash];
        }
        if (!SdpParser.TryInt(portText, out var port) || port > 65535) return $"m= port '{portText}' is not a number from 0 to 65535";
        if (parts.Skip(3).Any(f => f.Length == 0)) return "m= has an empty format";
        _current = new SdpMedia { MediaType = parts[0], Port = port, PortCount = count, Protocol = parts[2], Formats = parts.Skip(3).ToValueList() };
        return null;
    }

    private void CloseMedia()
    {
        if (_current is null) return;
        _media.Add(_current with { Attributes = _mediaAttributes.ToValueList() });
        _mediaAttributes.Clear();
        _current = null;
    }

    private static SdpAttribute ParseAttribute(string value)
    {
        var colon = value.IndexOf(':');
        return colon < 0 ? SdpAttribute.Flag(value) : new SdpAttribute(value[..colon], value[(colon + 1)..]);
    }
}
