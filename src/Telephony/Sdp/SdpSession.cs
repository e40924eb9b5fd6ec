namespace Outreach.Telephony.Sdp;

/// <summary>A parsed session description (RFC 8866 §5): session-level lines and its media descriptions.</summary>
public sealed record SdpSession
{
    public int Version { get; init; }

    public required SdpOrigin Origin { get; init; }

    public required string SessionName { get; init; }

    public string? Information { get; init; }

    public string? Uri { get; init; }

    public ValueList<string> Emails { get; init; } = ValueList<string>.Empty;

    public ValueList<string> Phones { get; init; } = ValueList<string>.Empty;

    public SdpConnection? Connection { get; init; }

    public ValueList<SdpBandwidth> Bandwidths { get; init; } = ValueList<SdpBandwidth>.Empty;

    public ValueList<SdpTiming> Timings { get; init; } = ValueList.Of(SdpTiming.Unbounded);

    public string? TimeZones { get; init; }

    public string? Key { get; init; }

    public ValueList<SdpAttribute> Attributes { get; init; } = ValueList<SdpAttribute>.Empty;

    public ValueList<SdpMedia> Media { get; init; } = ValueList<SdpMedia>.Empty;

    /// <summary>The connection a media description uses: its own, else the session's.</summary>
    public SdpConnection? ConnectionFor(SdpMedia media) => media.Connection ?? Connection;

    /// <summary>The direction of a media description: its own attribute, else the session's, else sendrecv.</summary>
    public MediaDirection DirectionOf(SdpMedia media) =>
        media.DeclaredDirection ?? SdpAttribute.DirectionIn(Attributes) ?? MediaDirection.SendRecv;
}

/// <summary>The o= line: who made the description and which version of it this is.</summary>
public sealed record SdpOrigin(string Username, ulong SessionId, ulong SessionVersion, string AddressType, string Address);

/// <summary>A c= line (network type IN).</summary>
public sealed record SdpConnection(string AddressType, string Address)
{
    /// <summary>RFC 2543 hold: an offer with c=0.0.0.0 asks not to be sent media.</summary>
    public bool IsUnspecified => Address is "0.0.0.0" or "::";

    public static SdpConnection Ip4(string address) => new("IP4", address);
}

/// <summary>A b= line.</summary>
public sealed record SdpBandwidth(string Type, long Kilobits);

/// <summary>A t= line with its r= repeat lines (kept as text).</summary>
public sealed record SdpTiming(ulong Start, ulong Stop, ValueList<string> Repeats)
{
    public static SdpTiming Unbounded { get; } = new(0, 0, ValueList<string>.Empty);
}

/// <summary>An a= line: a property (no value) or a name and value.</summary>
public sealed record SdpAttribute(string Name, string? Value)
{
    public static SdpAttribute Flag(string name) => new(name, null);

    public static MediaDirection? DirectionIn(IEnumerable<SdpAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Value is null && MediaDirections.FromAttribute(attribute.Name) is { } direction) return direction;
        }
        return null;
    }
}
