using System.Globalization;

namespace Outreach.Telephony.Sdp;

/// <summary>An RTP payload format: payload type, encoding name, clock rate, channels and fmtp parameters.</summary>
public sealed record PayloadFormat(int PayloadType, string Encoding, int ClockRate, int Channels = 1, string? Parameters = null)
{
    public const string TelephoneEventName = "telephone-event";

    public static PayloadFormat Pcmu { get; } = new(0, "PCMU", 8000);

    public static PayloadFormat Pcma { get; } = new(8, "PCMA", 8000);

    /// <summary>RFC 4733 events 0–15: the DTMF digits 0–9, *, #, A–D.</summary>
    public static PayloadFormat TelephoneEvent(int payloadType = 101) => new(payloadType, TelephoneEventName, 8000, 1, "0-15");

    public bool IsTelephoneEvent => string.Equals(Encoding, TelephoneEventName, StringComparison.OrdinalIgnoreCase);

    /// <summary>Same codec regardless of payload type number and parameters (encoding names are case-insensitive).</summary>
    public bool SameCodec(PayloadFormat other) =>
        string.Equals(Encoding, other.Encoding, StringComparison.OrdinalIgnoreCase) && ClockRate == other.ClockRate && Channels == other.Channels;

    /// <summary>The static audio payload types of RFC 3551 table 4 that we can name.</summary>
    public static PayloadFormat? Static(int payloadType) => payloadType switch
    {
        0 => Pcmu,
        3 => new(3, "GSM", 8000),
        4 => new(4, "G723", 8000),
        8 => Pcma,
        9 => new(9, "G722", 8000),
        18 => new(18, "G729", 8000),
        _ => null,
    };

    public string RtpMapValue() =>
        string.Create(CultureInfo.InvariantCulture, $"{PayloadType} {Encoding}/{ClockRate}") + (Channels == 1 ? "" : "/" + Channels.ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads an a=rtpmap value: "&lt;pt&gt; &lt;encoding&gt;/&lt;clock&gt;[/&lt;channels&gt;]".</summary>
    public static bool TryParseRtpMap(string? value, out PayloadFormat format)
    {
        format = Pcmu;
        if (value is null) return false;
        var space = value.IndexOf(' ');
        if (space <= 0 || !int.TryParse(value.AsSpan(0, space), NumberStyles.None, CultureInfo.InvariantCulture, out var pt) || pt > 127) return false;
        var parts = value[(space + 1)..].Trim().Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length == 0) return false;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var clock) || clock <= 0) return false;
        var channels = 1;
        if (parts.Length == 3 && (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out channels) || channels <= 0)) return false;
        format = new PayloadFormat(pt, parts[0], clock, channels);
        return true;
    }
}
