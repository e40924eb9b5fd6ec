using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Tests.Rtp;

public sealed class DtmfTests
{
    private const byte EventType = 101;

    private sealed record Sent(ushort Seq, uint Timestamp, bool Marker, DtmfEvent Event, byte[] Packet);

    /// <summary>Ticks the sender until it has been idle for a while, keeping every packet it wrote.</summary>
    private static List<Sent> SendAll(string digits, uint firstTimestamp = 1000)
    {
        var rtp = new RtpSender(0x1234, 500, firstTimestamp, Packetisation.Default);
        var dtmf = new DtmfSender(EventType);
        Assert.True(dtmf.Enqueue(digits));
        var sent = new List<Sent>();
        var buffer = new byte[64];
        for (var tick = 0; tick < 40 * digits.Length; tick++)
        {
            var length = dtmf.Tick(rtp, buffer);
            if (length == 0)
            {
                rtp.Skip();
                continue;
            }
            Assert.Equal(RtpParseError.None, RtpPacket.TryParse(buffer.AsSpan(0, length), out var p));
            Assert.Equal(EventType, p.PayloadType);
            DtmfEvent.TryRead(p.Payload, out var e);
            sent.Add(new Sent(p.SequenceNumber, p.Timestamp, p.Marker, e, buffer[..length]));
        }
        return sent;
    }

    private static List<char> Receive(IEnumerable<Sent> packets)
    {
        var receiver = new DtmfReceiver();
        var digits = new List<char>();
        foreach (var packet in packets)
        {
            RtpPacket.TryParse(packet.Packet, out var p);
            if (receiver.Receive(p.Timestamp, p.Payload) is { } digit) digits.Add(digit.Digit);
        }
        return digits;
    }

    [Fact]
    public void A_digit_goes_out_as_start_updates_and_three_end_packets_at_one_timestamp()
    {
        var sent = SendAll("5");

        Assert.Equal(8, sent.Count);
        Assert.All(sent, s => Assert.Equal((uint)1000, s.Timestamp));
        Assert.All(sent, s => Assert.Equal((byte)5, s.Event.Code));
        Assert.Equal([true, false, false, false, false, false, false, false], sent.Select(s => s.Marker));
        Assert.Equal([160, 320, 480, 640, 800, 800, 800, 800], sent.Select(s => (int)s.Event.Duration));
        Assert.Equal([false, false, false, false, false, true, true, true], sent.Select(s => s.Event.End));
        Assert.Equal(Enumerable.Range(500, 8).Select(n => (ushort)n), sent.Select(s => s.Seq));
    }

    [Fact]
    public void Digits_follow_one_another_after_a_pause_each_with_its_own_timestamp()
    {
        var sent = SendAll("1#");

        var timestamps = sent.Select(s => s.Timestamp).Distinct().ToList();
        Assert.Equal(2, timestamps.Count);
        // 8 packets of the first digit, then 3 frames of pause: the second starts 11 frames (1760 samples) later.
        Assert.Equal(1000u + 11 * 160, timestamps[1]);
        Assert.Equal([(byte)1, (byte)11], sent.Select(s => s.Event.Code).Distinct());
    }

    [Fact]
    public void A_sequence_of_digits_is_received_once_each()
    {
        Assert.Equal("123*#A".ToList(), Receive(SendAll("123*#A")));
    }

    [Fact]
    public void Two_equal_digits_in_a_row_are_two_digits()
    {
        Assert.Equal(['7', '7'], Receive(SendAll("77")));
    }

    [Fact]
    public void A_digit_whose_end_packets_were_all_lost_is_still_received_once()
    {
        var sent = SendAll("90");
        Assert.Equal(['9', '0'], Receive(sent.Where(s => !s.Event.End)));
    }

    [Fact]
    public void A_digit_whose_start_was_lost_is_received_from_a_later_packet()
    {
        var sent = SendAll("4");
        Assert.Equal(['4'], Receive(sent.Skip(3)));
    }

    [Fact]
    public void Repeated_and_reordered_packets_of_an_old_event_are_ignored()
    {
        var sent = SendAll("12");
        var shuffled = sent.Concat(sent).Concat(sent.Take(2)).ToList();
        Assert.Equal(['1', '2'], Receive(shuffled));
    }

    [Fact]
    public void Letters_outside_the_dtmf_set_are_refused_without_queueing_anything()
    {
        var dtmf = new DtmfSender(EventType);
        Assert.False(dtmf.Enqueue("12X"));
        Assert.Equal(0, dtmf.Queued);
    }

    [Fact]
    public void A_short_payload_is_no_digit()
    {
        Assert.Null(new DtmfReceiver().Receive(100, new byte[] { 1, 2 }));
    }
}
