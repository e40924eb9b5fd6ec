using System.Globalization;
using System.Text;

namespace Outreach.Telephony.Sip.Messages;

/// <summary>Reads one SIP message from octets (RFC 3261 §7): start line, unfolded headers, a body framed by Content-Length. Never throws on input.</summary>
public static class SipMessageParser
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    /// <summary>Parses a datagram (a missing Content-Length means "the rest of the datagram"; octets after the body are ignored).</summary>
    public static SipParseResult Parse(ReadOnlySpan<byte> data) => Parse(data, requireContentLength: false);

    /// <summary>Parses one complete message; on a stream Content-Length is mandatory (RFC 3261 §18.3).</summary>
    public static SipParseResult Parse(ReadOnlySpan<byte> data, bool requireContentLength)
    {
        try
        {
            return ParseCore(data, requireContentLength, probeMissingEmptyLine: true);
        }
        catch (Exception e)
        {
            // A defect in a rule must not take the receive loop down; the message is refused instead.
            return SipParseResult.Fail("unreadable message (" + e.GetType().Name + ")");
        }
    }

    private static SipParseResult ParseCore(ReadOnlySpan<byte> data, bool requireContentLength, bool probeMissingEmptyLine)
    {
        var start = 0;
        while (start < data.Length && data[start] is (byte)'\r' or (byte)'\n') start++;
        data = data[start..];
        var end = data.IndexOf(HeaderEnd);
        if (end < 0) return probeMissingEmptyLine && data.Length > 0 ? WithoutEmptyLine(data) : SipParseResult.Fail("no empty line after the headers");
        var lines = Encoding.UTF8.GetString(data[..end]).Split("\r\n");
        var headers = ReadHeaders(lines, out var headerError);
        var startLine = lines[0];
        var isRequest = !startLine.StartsWith("SIP/", StringComparison.OrdinalIgnoreCase);
        if (headers is null) return SipParseResult.Fail(headerError!, isRequest);
        var body = data[(end + 4)..];
        var bodyResult = FrameBody(headers, body, requireContentLength, isRequest);
        if (bodyResult.Error is not null) return SipParseResult.Fail(bodyResult.Error, isRequest, headers);
        var bodyBytes = body[..bodyResult.Length].ToArray();
        return isRequest ? ReadRequest(startLine, headers, bodyBytes) : ReadResponse(startLine, headers, bodyBytes);
    }

    // A message cut short of its empty line is still read far enough to say what else is wrong and to be answered.
    private static SipParseResult WithoutEmptyLine(ReadOnlySpan<byte> data)
    {
        var text = Encoding.UTF8.GetString(data).TrimEnd('\r', '\n');
        var probe = ParseCore(Encoding.UTF8.GetBytes(text + "\r\n\r\n"), requireContentLength: false, probeMissingEmptyLine: false);
        if (probe.Error is not null) return probe;
        var isRequest = probe.Message is SipRequest;
        return SipParseResult.Fail("no empty line after the headers", isRequest, probe.Message!.Headers);
    }

    private static SipHeaders? ReadHeaders(string[] lines, out string? error)
    {
        error = null;
        var list = new List<SipHeader>(lines.Length);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length > 0 && SipText.IsWhite(line[0]))
            {
                if (list.Count == 0) { error = "folded line before any header"; return null; }
                var previous = list[^1];
                list[^1] = previous with { Value = SipText.TrimLws(previous.Value + " " + SipText.TrimLws(line)) };
                continue;
            }
            var colon = line.IndexOf(':');
            var name = colon < 0 ? "" : line[..colon].TrimEnd(' ', '\t');
            if (!SipText.IsToken(name)) { error = "malformed header line"; return null; }
            list.Add(new SipHeader(name, SipText.TrimLws(line[(colon + 1)..])));
        }
        return new SipHeaders(list);
    }

    private readonly record struct BodyFrame(int Length, string? Error);

    private static BodyFrame FrameBody(SipHeaders headers, ReadOnlySpan<byte> body, bool required, bool isRequest)
    {
        var lengths = headers.Lines(SipHeaderNames.ContentLength).ToList();
        if (lengths.Count == 0)
            return required ? new BodyFrame(0, "Content-Length is required on a stream") : new BodyFrame(body.Length, null);
        if (lengths.Count > 1 || lengths[0].Contains(',')) return new BodyFrame(0, "Content-Length appears more than once");
        var text = lengths[0];
        if (text.Length is 0 or > 9 || !text.All(char.IsAsciiDigit)) return new BodyFrame(0, "Content-Length is not a number");
        var length = int.Parse(text, CultureInfo.InvariantCulture);
        if (length > body.Length) return new BodyFrame(0, "Content-Length is larger than the message");
        return new BodyFrame(length, null);
    }

    private static SipParseResult ReadRequest(string line, SipHeaders headers, byte[] body)
    {
        var parts = line.Split(' ');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
            return SipParseResult.Fail("request line must be 'method SP URI SP SIP/2.0'", true, headers);
        if (!SipText.IsToken(parts[0])) return SipParseResult.Fail("method is not a token", true, headers);
        if (!parts[2].Equals("SIP/2.0", StringComparison.OrdinalIgnoreCase))
            return parts[2].StartsWith("SIP/", StringComparison.OrdinalIgnoreCase)
                ? SipParseResult.Fail("SIP version " + parts[2][4..] + " is not supported", true, headers, SipStatus.VersionNotSupported)
                : SipParseResult.Fail("request line has no SIP version", true, headers);
        var uri = SipUri.Parse(parts[1], out var uriError);
        if (uri is null) return SipParseResult.Fail("Request-URI: " + uriError, true, headers);
        if (uri.IsSip && uri.Headers.Items.Count > 0) return SipParseResult.Fail("Request-URI carries headers", true, headers);
        var error = SipHeaderValidation.Check(headers, parts[0]);
        return error is null
            ? new SipParseResult(new SipRequest(parts[0], uri, headers, body), null)
            : SipParseResult.Fail(error, true, headers);
    }

    private static SipParseResult ReadResponse(string line, SipHeaders headers, byte[] body)
    {
        var first = line.IndexOf(' ');
        var second = first < 0 ? -1 : line.IndexOf(' ', first + 1);
        var version = first < 0 ? line : line[..first];
        var code = first < 0 ? "" : second < 0 ? line[(first + 1)..] : line[(first + 1)..second];
        if (!version.Equals("SIP/2.0", StringComparison.OrdinalIgnoreCase)) return SipParseResult.Fail("unsupported SIP version in a response");
        if (code.Length != 3 || !code.All(char.IsAsciiDigit) || code[0] is < '1' or > '6')
            return SipParseResult.Fail("status code is not three digits from 100 to 699", false, headers);
        var error = SipHeaderValidation.Check(headers, null);
        if (error is not null) return SipParseResult.Fail(error, false, headers);
        var reason = second < 0 ? "" : line[(second + 1)..];
        return new SipParseResult(new SipResponse(int.Parse(code, CultureInfo.InvariantCulture), reason, headers, body), null);
    }
}
