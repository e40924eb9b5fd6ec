using System.Buffers.Binary;

namespace Outreach.Telephony.Rtp;

/// <summary>A view of one RTP packet (RFC 3550 §5.1) over the received bytes; reading it allocates nothing.</summary>
public readonly ref struct RtpPacket
{
    public const int FixedHeaderLength = 12;
    public const int Version = 2;

    private readonly ReadOnlySpan<byte> _data;

    private RtpPacket(ReadOnlySpan<byte> data, int csrcCount, int payloadOffset, int payloadLength, int extensionLength)
    {
        _data = data;
        CsrcCount = csrcCount;
        Payload = data.Slice(payloadOffset, payloadLength);
        ExtensionData = HasExtension ? data.Slice(FixedHeaderLength + 4 * csrcCount + 4, extensionLength) : default;
    }

    public bool HasPadding => (_data[0] & 0x20) != 0;

    public bool HasExtension => (_data[0] & 0x10) != 0;

    public int CsrcCount { get; }

    public bool Marker => (_data[1] & 0x80) != 0;

    public byte PayloadType => (byte)(_data[1] & 0x7F);

    public ushort SequenceNumber => BinaryPrimitives.ReadUInt16BigEndian(_data[2..]);

    public uint Timestamp => BinaryPrimitives.ReadUInt32BigEndian(_data[4..]);

    public uint Ssrc => BinaryPrimitives.ReadUInt32BigEndian(_data[8..]);

    public ushort ExtensionProfile => HasExtension ? BinaryPrimitives.ReadUInt16BigEndian(_data[(FixedHeaderLength + 4 * CsrcCount)..]) : (ushort)0;

    /// <summary>The header extension's words, without its 4-byte profile and length.</summary>
    public ReadOnlySpan<byte> ExtensionData { get; }

    /// <summary>The payload, without padding.</summary>
    public ReadOnlySpan<byte> Payload { get; }

    public uint Csrc(int index) => BinaryPrimitives.ReadUInt32BigEndian(_data[(FixedHeaderLength + 4 * index)..]);

    /// <summary>Reads a datagram as RTP; a malformed one gives the reason instead of a packet.</summary>
    public static RtpParseError TryParse(ReadOnlySpan<byte> data, out RtpPacket packet)
    {
        packet = default;
        if (data.Length < FixedHeaderLength) return RtpParseError.TooShort;
        if (data[0] >> 6 != Version) return RtpParseError.BadVersion;
        var csrcCount = data[0] & 0x0F;
        var offset = FixedHeaderLength + 4 * csrcCount;
        if (data.Length < offset) return RtpParseError.TruncatedCsrc;
        var extensionLength = 0;
        if ((data[0] & 0x10) != 0)
        {
            if (data.Length < offset + 4) return RtpParseError.TruncatedExtension;
            extensionLength = 4 * BinaryPrimitives.ReadUInt16BigEndian(data[(offset + 2)..]);
            offset += 4 + extensionLength;
            if (data.Length < offset) return RtpParseError.TruncatedExtension;
        }
        var end = data.Length;
        if ((data[0] & 0x20) != 0)
        {
            var padding = data[^1];
            if (padding == 0 || end - padding < offset) return RtpParseError.BadPadding;
            end -= padding;
        }
        packet = new RtpPacket(data, csrcCount, offset, end - offset, extensionLength);
        return RtpParseError.None;
    }
}

/// <summary>Why a datagram is not an RTP packet we can read.</summary>
public enum RtpParseError
{
    None,
    TooShort,
    BadVersion,
    TruncatedCsrc,
    TruncatedExtension,
    BadPadding,
}
