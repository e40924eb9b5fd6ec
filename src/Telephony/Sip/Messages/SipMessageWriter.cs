using System.Globalization;
using System.Text;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>Writes a message as octets: start line, headers as held, a Content-Length computed from the body, the body.</summary>
public static class SipMessageWriter
{
    /// <summary>The message on the wire.</summary>
    public static byte[] Write(SipMessage message)
    {
        var sb = new StringBuilder(512);
        sb.Append(message switch
        {
            SipRequest r => $"{r.Method} {r.Uri} SIP/2.0",
            SipResponse r => $"SIP/2.0 {r.StatusCode.ToString(CultureInfo.InvariantCulture)} {r.Reason}",
            _ => throw new ArgumentException("unknown message kind", nameof(message)),
        }).Append("\r\n");
        foreach (var h in message.Headers)
        {
            if (h.Name.Equals(SipHeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)) continue;
            sb.Append(h.Name).Append(": ").Append(h.Value).Append("\r\n");
        }
        sb.Append("Content-Length: ").Append(message.Body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n\r\n");
        var head = Encoding.UTF8.GetByteCount(sb.ToString());
        var bytes = new byte[head + message.Body.Length];
        Encoding.UTF8.GetBytes(sb.ToString(), bytes);
        message.Body.Span.CopyTo(bytes.AsSpan(head));
        return bytes;
    }

    /// <summary>The message as text (for logs and tests; the body decoded as UTF-8).</summary>
    public static string ToText(SipMessage message) => Encoding.UTF8.GetString(Write(message));
}
