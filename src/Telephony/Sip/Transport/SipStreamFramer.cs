using System.Globalization;
using System.Text;

namespace Outreach.Telephony.Sip.Transport;

/// <summary>What the framer found next in a stream: a whole message, nothing yet, or a framing error after which the stream is unusable.</summary>
public readonly record struct StreamFrame(byte[]? Message, string? Error)
{
    /// <summary>True when the stream cannot be framed any further and should be closed.</summary>
    public bool IsFatal => Error is not null;
}

/// <summary>Splits a TCP byte stream into SIP messages by Content-Length (RFC 3261 §18.3), coping with partial reads and keep-alive CRLFs.</summary>
public sealed class SipStreamFramer(int maxMessageSize)
{
    private byte[] _buffer = new byte[4096];
    private int _count;

    /// <summary>Octets buffered and not yet framed.</summary>
    public int Buffered => _count;

    /// <summary>Adds octets read from the stream.</summary>
    public void Append(ReadOnlySpan<byte> data)
    {
        if (_count + data.Length > _buffer.Length)
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _count + data.Length));
        data.CopyTo(_buffer.AsSpan(_count));
        _count += data.Length;
    }

    /// <summary>The next whole message, an empty frame when more octets are needed, or a fatal error.</summary>
    public StreamFrame Next()
    {
        SkipKeepAlives();
        var span = _buffer.AsSpan(0, _count);
        var headerEnd = span.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
            return _count > maxMessageSize ? Fatal("headers longer than the maximum message size") : default;
        var length = ContentLength(span[..headerEnd]);
        if (length is null) return Fatal("a message on a stream needs one valid Content-Length");
        var total = headerEnd + 4 + length.Value;
        if (total > maxMessageSize) return Fatal("message larger than the maximum message size");
        if (_count < total) return default;
        var message = span[..total].ToArray();
        span[total..].CopyTo(_buffer);
        _count -= total;
        return new StreamFrame(message, null);
    }

    private void SkipKeepAlives()
    {
        var skip = 0;
        while (skip < _count && _buffer[skip] is (byte)'\r' or (byte)'\n') skip++;
        if (skip == 0) return;
        _buffer.AsSpan(skip, _count - skip).CopyTo(_buffer);
        _count -= skip;
    }

    private StreamFrame Fatal(string error)
    {
        _count = 0;
        return new StreamFrame(null, error);
    }

    // Only the framing header is read here; the parser checks everything else.
    private static int? ContentLength(ReadOnlySpan<byte> head)
    {
        int? found = null;
        foreach (var line in Encoding.ASCII.GetString(head).Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && !name.Equals("l", StringComparison.OrdinalIgnoreCase)) continue;
            if (found is not null) return null;
            if (!int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return null;
            found = n;
        }
        return found;
    }
}
