using FsCheck;
using FsCheck.Fluent;
using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Tests.Rtp;

public sealed class RtpPacketTests
{
    [Fact]
    public void A_written_packet_reads_back_with_every_header_field()
    {
        var buffer = new byte[256];
        var payload = new byte[] { 1, 2, 3, 4, 5 };
        var length = new RtpHeader(true, 8, 65535, 0xFFFF_FFF0, 0xCAFEBABE)
            .Write(buffer, payload, [11u, 22u], 0xBEDE, new byte[] { 9, 9, 9, 9 }, padTo: 4);

        Assert.Equal(RtpParseError.None, RtpPacket.TryParse(buffer.AsSpan(0, length), out var packet));
        Assert.Equal((true, (byte)8, (ushort)65535, 0xFFFF_FFF0u, 0xCAFEBABEu), (packet.Marker, packet.PayloadType, packet.SequenceNumber, packet.Timestamp, packet.Ssrc));
        Assert.Equal((2, 11u, 22u), (packet.CsrcCount, packet.Csrc(0), packet.Csrc(1)));
        Assert.Equal((true, (ushort)0xBEDE), (packet.HasExtension, packet.ExtensionProfile));
        Assert.Equal(new byte[] { 9, 9, 9, 9 }, packet.ExtensionData.ToArray());
        Assert.True(packet.HasPadding);
        Assert.Equal(0, length % 4);
        Assert.Equal(payload, packet.Payload.ToArray());
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0, 0, 1 }, RtpParseError.TooShort)]
    [InlineData(new byte[] { 0x40, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 }, RtpParseError.BadVersion)]
    [InlineData(new byte[] { 0x82, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1 }, RtpParseError.TruncatedCsrc)]
    [InlineData(new byte[] { 0x90, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0xBE, 0xDE, 0, 2, 1, 1, 1, 1 }, RtpParseError.TruncatedExtension)]
    [InlineData(new byte[] { 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 40 }, RtpParseError.BadPadding)]
    [InlineData(new byte[] { 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 7, 7, 0 }, RtpParseError.BadPadding)]
    public void A_malformed_datagram_gives_the_reason(byte[] datagram, RtpParseError expected)
    {
        Assert.Equal(expected, RtpPacket.TryParse(datagram, out _));
    }

    [Fact]
    public void Any_header_and_payload_round_trips_and_random_bytes_never_throw()
    {
        var packets = from marker in ArbMap.Default.GeneratorFor<bool>()
                      from pt in Gen.Choose(0, 127)
                      from seq in Gen.Choose(0, 65535)
                      from ts in ArbMap.Default.GeneratorFor<uint>()
                      from ssrc in ArbMap.Default.GeneratorFor<uint>()
                      from csrcs in Gen.ListOf(ArbMap.Default.GeneratorFor<uint>())
                      from payload in ArbMap.Default.GeneratorFor<byte[]>()
                      from pad in Gen.Elements(0, 4, 16)
                      select (new RtpHeader(marker, (byte)pt, (ushort)seq, ts, ssrc), csrcs.Take(15).ToArray(), payload, pad);
        var config = Config.QuickThrowOnFailure.WithMaxTest(1_000).WithQuietOnSuccess(true);
        Check.One(config, Prop.ForAll(packets.ToArbitrary(), p =>
        {
            var buffer = new byte[2048];
            var length = p.Item1.Write(buffer, p.payload, p.Item2, 0, [], p.pad);
            if (RtpPacket.TryParse(buffer.AsSpan(0, length), out var read) != RtpParseError.None) return false;
            var header = new RtpHeader(read.Marker, read.PayloadType, read.SequenceNumber, read.Timestamp, read.Ssrc);
            return header == p.Item1 && read.Payload.SequenceEqual(p.payload) && read.CsrcCount == p.Item2.Length;
        }));
        Check.One(config, Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var error = RtpPacket.TryParse(bytes, out var read);
            return error != RtpParseError.None || read.Payload.Length <= bytes.Length;
        }));
    }

    [Theory]
    [InlineData(65535, 0, 1)]
    [InlineData(0, 65535, -1)]
    [InlineData(65000, 100, 636)]
    [InlineData(10, 10, 0)]
    public void Sequence_distance_crosses_the_wrap(int reference, int seq, int distance)
    {
        Assert.Equal(distance, SequenceNumbers.Distance((ushort)reference, (ushort)seq));
        Assert.Equal(distance > 0, SequenceNumbers.IsNewer((ushort)seq, (ushort)reference));
    }

    [Fact]
    public void The_sender_advances_160_samples_per_20_ms_frame_and_wraps_sequence_and_timestamp()
    {
        var sender = new RtpSender(7, firstSequence: 65534, firstTimestamp: uint.MaxValue - 159, Packetisation.Default);
        var buffer = new byte[200];
        var frame = new byte[160];
        var seen = new List<(ushort Seq, uint Ts, bool Marker)>();
        for (var i = 0; i < 3; i++)
        {
            var length = sender.WriteAudio(buffer, 0, frame);
            RtpPacket.TryParse(buffer.AsSpan(0, length), out var p);
            seen.Add((p.SequenceNumber, p.Timestamp, p.Marker));
        }

        Assert.Equal([(65534, uint.MaxValue - 159, true), (65535, 0u, false), (0, 160u, false)], seen);
        Assert.Equal((3u, 480u), (sender.PacketCount, sender.OctetCount));
        Assert.Equal(160, Packetisation.Default.SamplesPerFrame);
    }

    [Fact]
    public void After_a_skipped_frame_the_next_packet_marks_a_new_talkspurt_one_frame_later()
    {
        var sender = new RtpSender(7, 100, 1000, Packetisation.Default);
        var buffer = new byte[200];
        sender.WriteAudio(buffer, 0, new byte[160]);
        sender.Skip();
        var length = sender.WriteAudio(buffer, 0, new byte[160]);
        RtpPacket.TryParse(buffer.AsSpan(0, length), out var p);

        Assert.Equal(((ushort)101, 1320u, true), (p.SequenceNumber, p.Timestamp, p.Marker));
    }
}
