using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Tests.Rtp;

public sealed class ReceptionStatisticsTests
{
    private static TimeSpan Ms(double ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void Loss_across_the_sequence_wrap_matches_the_hand_count()
    {
        // Sent 65533..4 (8 packets); 0 and 3 were lost: 6 received of 8 expected.
        var stats = new ReceptionStatistics(8000);
        ushort[] arrived = [65533, 65534, 65535, 1, 2, 4];
        foreach (var (seq, i) in arrived.Select((s, i) => (s, i))) stats.Update(seq, (uint)(i * 160), Ms(i * 20));

        Assert.Equal(65536u + 4, stats.ExtendedHighestSequence);
        Assert.Equal((8u, 6u, 2), (stats.Expected, stats.Received, stats.CumulativeLost));
        Assert.Equal(64, stats.TakeFractionLost()); // 2/8 of 256

        foreach (var seq in new ushort[] { 5, 6, 7, 8 }) stats.Update(seq, 0, Ms(200));
        Assert.Equal(0, stats.TakeFractionLost());
        Assert.Equal(2, stats.CumulativeLost);
    }

    [Fact]
    public void Interarrival_jitter_follows_rfc_3550_a8_for_a_late_packet()
    {
        // Timestamps 160 apart (20 ms); the fourth packet is 10 ms late (80 timestamp units), the fifth on time.
        // D = 0, 0, 80, 80 → J = 0, 0, 80/16 = 5, 5 + (80 − 5)/16 = 9.6875.
        var stats = new ReceptionStatistics(8000);
        double[] arrivals = [0, 20, 40, 70, 80];
        for (var i = 0; i < arrivals.Length; i++) stats.Update((ushort)i, (uint)(i * 160), Ms(arrivals[i]));

        Assert.Equal(9.6875, stats.Jitter, 6);
        Assert.Equal(9.6875 / 8, stats.JitterMs, 6);
    }

    [Fact]
    public void Jitter_is_unaffected_by_the_timestamp_wrap()
    {
        var stats = new ReceptionStatistics(8000);
        for (var i = 0; i < 10; i++) stats.Update((ushort)i, uint.MaxValue - 800 + (uint)(i * 160), Ms(i * 20));
        Assert.Equal(0, stats.Jitter, 6);
    }

    [Fact]
    public void A_duplicate_counts_as_received_as_the_rfc_says()
    {
        var stats = new ReceptionStatistics(8000);
        foreach (var seq in new ushort[] { 10, 11, 11, 12 }) stats.Update(seq, 0, TimeSpan.Zero);
        Assert.Equal((3u, 4u, -1), (stats.Expected, stats.Received, stats.CumulativeLost));
    }

    [Fact]
    public void A_huge_jump_is_ignored_until_the_next_packet_confirms_a_restarted_sender()
    {
        var stats = new ReceptionStatistics(8000);
        stats.Update(100, 0, TimeSpan.Zero);
        stats.Update(101, 160, Ms(20));

        Assert.False(stats.Update(40000, 320, Ms(40)));
        Assert.True(stats.Update(40001, 480, Ms(60)));
        Assert.Equal((1u, 1u), (stats.Expected, stats.Received));
    }
}
