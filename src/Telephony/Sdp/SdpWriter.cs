using System.Globalization;
using System.Text;

namespace Outreach.Telephony.Sdp;

/// <summary>Writes an <see cref="SdpSession"/> as SDP text with CRLF line ends, in the order RFC 8866 §5 requires.</summary>
public static class SdpWriter
{
    public static string Write(SdpSession session)
    {
        var text = new StringBuilder(512);
        Line(text, 'v', session.Version.ToString(CultureInfo.InvariantCulture));
        var o = session.Origin;
        Line(text, 'o', string.Create(CultureInfo.InvariantCulture, $"{o.Username} {o.SessionId} {o.SessionVersion} IN {o.AddressType} {o.Address}"));
        Line(text, 's', session.SessionName);
        Optional(text, 'i', session.Information);
        Optional(text, 'u', session.Uri);
        foreach (var email in session.Emails) Line(text, 'e', email);
        foreach (var phone in session.Phones) Line(text, 'p', phone);
        Connection(text, session.Connection);
        Bandwidths(text, session.Bandwidths);
        foreach (var timing in session.Timings)
        {
            Line(text, 't', string.Create(CultureInfo.InvariantCulture, $"{timing.Start} {timing.Stop}"));
            foreach (var repeat in timing.Repeats) Line(text, 'r', repeat);
        }
        Optional(text, 'z', session.TimeZones);
        Optional(text, 'k', session.Key);
        Attributes(text, session.Attributes);
        foreach (var media in session.Media) Media(text, media);
        return text.ToString();
    }

    private static void Media(StringBuilder text, SdpMedia media)
    {
        var port = media.PortCount is { } count
            ? string.Create(CultureInfo.InvariantCulture, $"{media.Port}/{count}")
            : media.Port.ToString(CultureInfo.InvariantCulture);
        Line(text, 'm', $"{media.MediaType} {port} {media.Protocol} {string.Join(' ', media.Formats)}");
        Optional(text, 'i', media.Information);
        Connection(text, media.Connection);
        Bandwidths(text, media.Bandwidths);
        Optional(text, 'k', media.Key);
        Attributes(text, media.Attributes);
    }

    private static void Connection(StringBuilder text, SdpConnection? connection)
    {
        if (connection is not null) Line(text, 'c', $"IN {connection.AddressType} {connection.Address}");
    }

    private static void Bandwidths(StringBuilder text, ValueList<SdpBandwidth> bandwidths)
    {
        foreach (var b in bandwidths) Line(text, 'b', string.Create(CultureInfo.InvariantCulture, $"{b.Type}:{b.Kilobits}"));
    }

    private static void Attributes(StringBuilder text, ValueList<SdpAttribute> attributes)
    {
        foreach (var a in attributes) Line(text, 'a', a.Value is null ? a.Name : $"{a.Name}:{a.Value}");
    }

    private static void Optional(StringBuilder text, char type, string? value)
    {
        if (value is not null) Line(text, type, value);
    }

    private static void Line(StringBuilder text, char type, string value) => text.Append(type).Append('=').Append(value).Append("\r\n");
}
