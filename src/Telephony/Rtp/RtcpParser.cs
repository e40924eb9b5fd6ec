using System.Buffers.Binary;
using System.Text;

namespace Outreach.Telephony.Rtp;

/// <summary>Reads a compound RTCP datagram (RFC 3550 §6.1); a malformed one gives a reason, never an exception.</summary>
public static class RtcpParser
{
    public static RtcpReport? Parse(ReadOnlySpan<byte> data, out string? error)
    {
        error = null;
        if (data.IsEmpty) return Fail("an empty datagram", out error);
        var report = new RtcpReport { Ssrc = 0 };
        var blocks = new List<ReportBlock>();
        var cnames = new Dictionary<uint, string>();
        var first = true;
        while (data.Length > 0)
        {
            if (data.Length < 8) return Fail("a packet shorter than 8 bytes", out error);
            if (data[0] >> 6 != 2) return Fail("version is not 2", out error);
            var length = 4 * (BinaryPrimitives.ReadUInt16BigEndian(data[2..]) + 1);
            if (length > data.Length) return Fail($"length {length} runs past the datagram's {data.Length} bytes", out error);
            var packet = data[..length];
            if ((packet[0] & 0x20) != 0) packet = packet[..(length - Math.Min(packet[^1], length - 4))];
            var count = packet[0] & 0x1F;
            var type = (RtcpPacketType)packet[1];
            if (first && type is not (RtcpPacketType.SenderReport or RtcpPacketType.ReceiverReport))
                return Fail("a compound must start with an SR or RR", out error);
            first = false;
            var problem = type switch
            {
                RtcpPacketType.SenderReport => ReadSenderReport(packet, count, blocks, ref report),
                RtcpPacketType.ReceiverReport => ReadReceiverReport(packet, count, blocks, ref report),
                RtcpPacketType.SourceDescription => ReadSourceDescription(packet, count, cnames),
                RtcpPacketType.Goodbye => ReadGoodbye(packet, count, ref report),
                _ => null,
            };
            if (problem is not null) return Fail(problem, out error);
            data = data[length..];
        }
        return report with { Blocks = blocks, Cnames = cnames };
    }

    private static RtcpReport? Fail(string reason, out string error)
    {
        error = reason;
        return null;
    }

    private static string? ReadSenderReport(ReadOnlySpan<byte> p, int count, List<ReportBlock> blocks, ref RtcpReport report)
    {
        if (p.Length < 28 + count * ReportBlock.Length) return "an SR shorter than its report count";
        var sender = new SenderInfo(BinaryPrimitives.ReadUInt64BigEndian(p[8..]), BinaryPrimitives.ReadUInt32BigEndian(p[16..]),
            BinaryPrimitives.ReadUInt32BigEndian(p[20..]), BinaryPrimitives.ReadUInt32BigEndian(p[24..]));
        report = report with { Ssrc = BinaryPrimitives.ReadUInt32BigEndian(p[4..]), Sender = sender };
        ReadBlocks(p[28..], count, blocks);
        return null;
    }

    private static string? ReadReceiverReport(ReadOnlySpan<byte> p, int count, List<ReportBlock> blocks, ref RtcpReport report)
    {
        if (p.Length < 8 + count * ReportBlock.Length) return "an RR shorter than its report count";
        if (report.Ssrc == 0) report = report with { Ssrc = BinaryPrimitives.ReadUInt32BigEndian(p[4..]) };
        ReadBlocks(p[8..], count, blocks);
        return null;
    }

    private static void ReadBlocks(ReadOnlySpan<byte> p, int count, List<ReportBlock> blocks)
    {
        for (var i = 0; i < count; i++)
        {
            var b = p[(i * ReportBlock.Length)..];
            var lossWord = BinaryPrimitives.ReadUInt32BigEndian(b[4..]);
            var cumulative = (int)(lossWord << 8) >> 8; // 24-bit signed
            blocks.Add(new ReportBlock(BinaryPrimitives.ReadUInt32BigEndian(b), (byte)(lossWord >> 24), cumulative,
                BinaryPrimitives.ReadUInt32BigEndian(b[8..]), BinaryPrimitives.ReadUInt32BigEndian(b[12..]),
                BinaryPrimitives.ReadUInt32BigEndian(b[16..]), BinaryPrimitives.ReadUInt32BigEndian(b[20..])));
        }
    }

    private static string? ReadSourceDescription(ReadOnlySpan<byte> p, int count, Dictionary<uint, string> cnames)
    {
        var at = 4;
        for (var chunk = 0; chunk < count; chunk++)
        {
            if (at + 4 > p.Length) return "an SDES chunk runs past its packet";
            var ssrc = BinaryPrimitives.ReadUInt32BigEndian(p[at..]);
            at += 4;
            while (at < p.Length && p[at] != 0)
            {
                if (at + 2 > p.Length || at + 2 + p[at + 1] > p.Length) return "an SDES item runs past its packet";
                if (p[at] == 1) cnames[ssrc] = Encoding.UTF8.GetString(p.Slice(at + 2, p[at + 1]));
                at += 2 + p[at + 1];
            }
            at = (at + 4) & ~3; // the null item, then padding to the next 32-bit boundary
        }
        return null;
    }

    private static string? ReadGoodbye(ReadOnlySpan<byte> p, int count, ref RtcpReport report)
    {
        if (p.Length < 4 + 4 * count) return "a BYE shorter than its source count";
        var sources = new List<uint>();
        for (var i = 0; i < count; i++) sources.Add(BinaryPrimitives.ReadUInt32BigEndian(p[(4 + 4 * i)..]));
        var at = 4 + 4 * count;
        string? reason = null;
        if (at < p.Length && at + 1 + p[at] <= p.Length) reason = Encoding.UTF8.GetString(p.Slice(at + 1, p[at]));
        report = report with { Bye = sources, ByeReason = reason };
        return null;
    }
}
