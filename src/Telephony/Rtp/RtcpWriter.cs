using System.Buffers.Binary;
using System.Text;

namespace Outreach.Telephony.Rtp;

/// <summary>Writes RTCP packets (RFC 3550 §6.4–6.6) into a caller's buffer; a compound is the packets one after another.</summary>
public static class RtcpWriter
{
    private const byte CnameItem = 1;

    public static int SenderReport(Span<byte> destination, uint ssrc, SenderInfo sender, ReadOnlySpan<ReportBlock> blocks)
    {
        var length = 28 + ReportBlock.Length * blocks.Length;
        Header(destination, RtcpPacketType.SenderReport, blocks.Length, length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], ssrc);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], sender.NtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[16..], sender.RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(destination[20..], sender.PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(destination[24..], sender.OctetCount);
        Blocks(destination[28..], blocks);
        return length;
    }

    public static int ReceiverReport(Span<byte> destination, uint ssrc, ReadOnlySpan<ReportBlock> blocks)
    {
        var length = 8 + ReportBlock.Length * blocks.Length;
        Header(destination, RtcpPacketType.ReceiverReport, blocks.Length, length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], ssrc);
        Blocks(destination[8..], blocks);
        return length;
    }

    /// <summary>An SDES with one chunk holding the CNAME item, null-terminated and padded to a 32-bit boundary.</summary>
    public static int SourceDescription(Span<byte> destination, uint ssrc, string cname)
    {
        var name = Encoding.UTF8.GetBytes(cname);
        var nameLength = Math.Min(name.Length, 255);
        var chunk = 4 + 2 + nameLength + 1;
        chunk += (4 - chunk % 4) % 4;
        var length = 4 + chunk;
        Header(destination, RtcpPacketType.SourceDescription, 1, length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], ssrc);
        destination[8] = CnameItem;
        destination[9] = (byte)nameLength;
        name.AsSpan(0, nameLength).CopyTo(destination[10..]);
        destination.Slice(10 + nameLength, length - 10 - nameLength).Clear();
        return length;
    }

    public static int Goodbye(Span<byte> destination, uint ssrc, string? reason = null)
    {
        var reasonLength = reason is null ? 0 : Math.Min(Encoding.UTF8.GetByteCount(reason), 255);
        var body = reason is null ? 0 : 1 + reasonLength;
        var length = 8 + body + (4 - body % 4) % 4;
        Header(destination, RtcpPacketType.Goodbye, 1, length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[4..], ssrc);
        if (reason is null) return length;
        destination[8] = (byte)reasonLength;
        destination.Slice(9, length - 9).Clear();
        Encoding.UTF8.GetBytes(reason).AsSpan(0, reasonLength).CopyTo(destination[9..]);
        return length;
    }

    private static void Header(Span<byte> destination, RtcpPacketType type, int count, int length)
    {
        destination[0] = (byte)(2 << 6 | count & 0x1F);
        destination[1] = (byte)type;
        BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)(length / 4 - 1));
    }

    private static void Blocks(Span<byte> destination, ReadOnlySpan<ReportBlock> blocks)
    {
        for (var i = 0; i < blocks.Length; i++)
        {
            var b = blocks[i];
            var at = destination[(i * ReportBlock.Length)..];
            BinaryPrimitives.WriteUInt32BigEndian(at, b.Ssrc);
            var lost = Math.Clamp(b.CumulativeLost, -0x800000, 0x7FFFFF) & 0xFFFFFF;
            BinaryPrimitives.WriteUInt32BigEndian(at[4..], (uint)(b.FractionLost << 24 | lost));
            BinaryPrimitives.WriteUInt32BigEndian(at[8..], b.ExtendedHighestSequence);
            BinaryPrimitives.WriteUInt32BigEndian(at[12..], b.Jitter);
            BinaryPrimitives.WriteUInt32BigEndian(at[16..], b.LastSenderReport);
            BinaryPrimitives.WriteUInt32BigEndian(at[20..], b.DelaySinceLastSenderReport);
        }
    }
}
