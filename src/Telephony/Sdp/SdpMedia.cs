using System.Globalization;

namespace Outreach.Telephony.Sdp;

/// <summary>One media description: the m= line and the lines after it until the next m=.</summary>
public sealed record SdpMedia
{
    public required string MediaType { get; init; }

    public required int Port { get; init; }

    public int? PortCount { get; init; }

    public required string Protocol { get; init; }

    public required ValueList<string> Formats { get; init; }

    public string? Information { get; init; }

    public SdpConnection? Connection { get; init; }

    public ValueList<SdpBandwidth> Bandwidths { get; init; } = ValueList<SdpBandwidth>.Empty;

    public string? Key { get; init; }

    public ValueList<SdpAttribute> Attributes { get; init; } = ValueList<SdpAttribute>.Empty;

    /// <summary>A port of 0 in an answer (or offer) rejects or disables the stream (RFC 3264 §6).</summary>
    public bool IsRejected => Port == 0;

    public MediaDirection? DeclaredDirection => SdpAttribute.DirectionIn(Attributes);

    /// <summary>The a=ptime value in milliseconds, when present and numeric.</summary>
    public int? Ptime =>
        Attribute("ptime") is { } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms) ? ms : null;

    public string? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name)?.Value;

    /// <summary>The payload formats of this RTP media: rtpmap lines, else the static table of RFC 3551.</summary>
    public IReadOnlyList<PayloadFormat> PayloadFormats()
    {
        var formats = new List<PayloadFormat>();
        foreach (var format in Formats)
        {
            if (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out var pt) || pt > 127) continue;
            var described = RtpMapFor(pt) ?? PayloadFormat.Static(pt);
            if (described is null) continue;
            formats.Add(FmtpFor(pt) is { } fmtp ? described with { Parameters = fmtp } : described);
        }
        return formats;
    }

    private PayloadFormat? RtpMapFor(int payloadType)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == "rtpmap" && PayloadFormat.TryParseRtpMap(attribute.Value, out var parsed) && parsed.PayloadType == payloadType)
                return parsed;
        }
        return null;
    }

    private string? FmtpFor(int payloadType)
    {
        var prefix = payloadType.ToString(CultureInfo.InvariantCulture) + " ";
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == "fmtp" && attribute.Value is { } value && value.StartsWith(prefix, StringComparison.Ordinal))
                return value[prefix.Length..].Trim();
        }
        return null;
    }
}
