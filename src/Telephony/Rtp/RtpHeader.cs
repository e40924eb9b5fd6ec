using System.Buffers.Binary;

namespace Outreach.Telephony.Rtp;

/// <summary>The fields we write into an RTP header (RFC 3550 §5.1); CSRCs and an extension are optional.</summary>
public readonly record struct RtpHeader(bool Marker, byte PayloadType, ushort SequenceNumber, uint Timestamp, uint Ssrc)
{
    /// <summary>Writes header and payload into <paramref name="destination"/>; returns the packet length.</summary>
    public int Write(Span<byte> destination, ReadOnlySpan<byte> payload) => Write(destination, payload, [], 0, [], 0);

    /// <summary>Writes a packet with CSRCs, an optional extension (whole 32-bit words) and padding to a multiple of <paramref name="padTo"/>.</summary>
    public int Write(Span<byte> destination, ReadOnlySpan<byte> payload, ReadOnlySpan<uint> csrcs,
        ushort extensionProfile, ReadOnlySpan<byte> extension, int padTo)
    {
        if (csrcs.Length > 15) throw new ArgumentException("at most 15 CSRCs", nameof(csrcs));
        if (extension.Length % 4 != 0) throw new ArgumentException("an extension is whole 32-bit words", nameof(extension));
        var hasExtension = extension.Length > 0 || extensionProfile != 0;
        var length = RtpPacket.FixedHeaderLength + 4 * csrcs.Length + (hasExtension ? 4 + extension.Length : 0) + payload.Length;
        var padding = padTo > 1 && length % padTo != 0 ? padTo - length % padTo : 0;
        if (destination.Length < length + padding) throw new ArgumentException("destination too small", nameof(destination));
        destination[0] = (byte)(RtpPacket.Version << 6 | (padding > 0 ? 0x20 : 0) | (hasExtension ? 0x10 : 0) | csrcs.Length);
        destination[1] = (byte)((Marker ? 0x80 : 0) | PayloadType & 0x7F);
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], Timestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[8..], Ssrc);
        var offset = RtpPacket.FixedHeaderLength;
        foreach (var csrc in csrcs)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[offset..], csrc);
            offset += 4;
        }
        if (hasExtension)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], extensionProfile);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(offset + 2)..], (ushort)(extension.Length / 4));
            extension.CopyTo(destination[(offset + 4)..]);
            offset += 4 + extension.Length;
        }
        payload.CopyTo(destination[offset..]);
        offset += payload.Length;
        if (padding == 0) return offset;
        destination.Slice(offset, padding - 1).Clear();
        destination[offset + padding - 1] = (byte)padding;
        return offset + padding;
    }
}
