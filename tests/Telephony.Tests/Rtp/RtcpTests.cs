using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Tests.Rtp;

public sealed class RtcpTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 4, 12, 0, 0, TimeSpan.Zero));

    private RtpSession Session(uint ssrc) => new(new RtpSessionSettings
    {
        Ssrc = ssrc, FirstSequence = 65530, FirstTimestamp = 0, AudioPayloadType = 0, TelephoneEventPayloadType = 101, Cname = $"leg{ssrc}@test",
    }, _time);

    [Fact]
    public void A_compound_of_sr_sdes_and_bye_reads_back()
    {
        var buffer = new byte[512];
        var block = new ReportBlock(0xBEEF, 64, -3, 70000, 12, 0x11223344, 0x00010000);
        var sender = new SenderInfo(0x0102030405060708, 1600, 10, 1600);
        var length = RtcpWriter.SenderReport(buffer, 0xCAFE, sender, [block]);
        length += RtcpWriter.SourceDescription(buffer.AsSpan(length), 0xCAFE, "outreach@host");
        length += RtcpWriter.Goodbye(buffer.AsSpan(length), 0xCAFE, "call ended");

        var report = RtcpParser.Parse(buffer.AsSpan(0, length), out var error);

        Assert.Null(error);
        Assert.Equal(0xCAFEu, report!.Ssrc);
        Assert.Equal(sender, report.Sender);
        Assert.Equal([block], report.Blocks);
        Assert.Equal("outreach@host", report.Cnames[0xCAFE]);
        Assert.Equal([0xCAFEu], report.Bye);
        Assert.Equal("call ended", report.ByeReason);
        Assert.Equal(0, length % 4);
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 200, 0, 1 }, "shorter than 8")]
    [InlineData(new byte[] { 0x40, 201, 0, 1, 0, 0, 0, 0 }, "version")]
    [InlineData(new byte[] { 0x80, 201, 0, 9, 0, 0, 0, 0 }, "runs past")]
    [InlineData(new byte[] { 0x81, 201, 0, 1, 0, 0, 0, 0 }, "shorter than its report count")]
    [InlineData(new byte[] { 0x81, 202, 0, 1, 0, 0, 0, 0 }, "must start with an SR or RR")]
    public void A_malformed_compound_gives_a_reason(byte[] datagram, string reason)
    {
        Assert.Null(RtcpParser.Parse(datagram, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void A_receiver_report_carries_the_loss_and_jitter_counted_by_hand()
    {
        var sender = Session(1);
        var receiver = Session(2);
        var packet = new byte[200];
        // Ten packets 65530..3 every 20 ms; the 3rd and 7th (65532, 0) are lost: 8 of 10, fraction 2/10 → 51/256.
        for (var i = 0; i < 10; i++)
        {
            var length = sender.Sender.WriteAudio(packet, 0, new byte[160]);
            if (i is not (2 or 6)) receiver.Receive(packet.AsSpan(0, length));
            _time.Advance(TimeSpan.FromMilliseconds(20));
        }

        var rtcp = new byte[256];
        var report = RtcpParser.Parse(rtcp.AsSpan(0, receiver.WriteReport(rtcp)), out _)!;

        Assert.Null(report.Sender); // it sent nothing: an RR
        var block = Assert.Single(report.Blocks);
        Assert.Equal((1u, (byte)51, 2, 65536u + 3), (block.Ssrc, block.FractionLost, block.CumulativeLost, block.ExtendedHighestSequence));
        Assert.Equal(0u, block.Jitter); // perfectly paced on the fake clock
        Assert.Equal("leg2@test", report.Cnames[2]);
        var stats = receiver.Statistics();
        Assert.Equal((8L, 10L, 2L, 0.2), (stats.PacketsReceived, stats.PacketsExpected, stats.CumulativeLost, stats.LossRate));
    }

    [Fact]
    public void The_round_trip_comes_from_lsr_and_dlsr()
    {
        var a = Session(1);
        var b = Session(2);
        var packet = new byte[200];
        var rtcp = new byte[256];
        b.Receive(packet.AsSpan(0, a.Sender.WriteAudio(packet, 0, new byte[160])));
        var sr = rtcp[..a.WriteReport(rtcp)];
        Assert.NotNull(RtcpParser.Parse(sr, out _)!.Sender);

        _time.Advance(TimeSpan.FromMilliseconds(15)); // one way
        b.ReceiveRtcp(sr);
        _time.Advance(TimeSpan.FromMilliseconds(250)); // B holds it before reporting: the DLSR
        var rr = rtcp[..b.WriteReport(rtcp)];
        _time.Advance(TimeSpan.FromMilliseconds(15)); // back
        a.ReceiveRtcp(rr);

        var stats = a.Statistics();
        Assert.NotNull(stats.RoundTripMs);
        Assert.InRange(stats.RoundTripMs!.Value, 29.9, 30.1);
        Assert.Equal(0, stats.RemoteFractionLost);
    }

    [Fact]
    public void A_bye_from_the_peer_is_noticed()
    {
        var a = Session(1);
        var b = Session(2);
        var packet = new byte[200];
        a.Receive(packet.AsSpan(0, b.Sender.WriteAudio(packet, 0, new byte[160])));
        var rtcp = new byte[256];

        Assert.True(a.ReceiveRtcp(rtcp.AsSpan(0, b.WriteGoodbye(rtcp, "bye"))));
        Assert.True(a.RemoteSaidGoodbye);
    }

    [Fact]
    public void Dtmf_packets_reach_the_digit_queue_and_leave_no_loss_in_the_audio()
    {
        var a = Session(1);
        var b = Session(2);
        var packet = new byte[200];
        a.DtmfOut!.Enqueue("8");
        for (var tick = 0; tick < 20; tick++)
        {
            var length = a.DtmfOut.Tick(a.Sender, packet);
            if (length == 0) length = a.Sender.WriteAudio(packet, 0, new byte[160]);
            Assert.NotEqual(ReceiveOutcome.Malformed, b.Receive(packet.AsSpan(0, length)));
        }

        Assert.True(b.TryTakeDigit(out var digit));
        Assert.Equal('8', digit.Digit);
        Assert.False(b.TryTakeDigit(out _));
        Assert.Equal(0, b.Statistics().CumulativeLost);
    }

    [Fact]
    public void A_datagram_of_another_payload_type_or_malformed_is_counted_and_dropped()
    {
        var session = Session(1);
        var packet = new byte[200];
        var length = new RtpHeader(false, 18, 1, 0, 9).Write(packet, new byte[20]);

        Assert.Equal(ReceiveOutcome.UnknownPayloadType, session.Receive(packet.AsSpan(0, length)));
        Assert.Equal(ReceiveOutcome.Malformed, session.Receive(new byte[] { 1, 2, 3 }));
        Assert.False(session.ReceiveRtcp(new byte[] { 1, 2, 3 }));
        Assert.Equal(3, session.Statistics().Malformed);
    }
}
