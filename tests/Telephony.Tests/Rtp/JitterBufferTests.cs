using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Rtp;

namespace Outreach.Telephony.Tests.Rtp;

public sealed class JitterBufferTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly byte[] _out = new byte[320];

    private JitterBuffer Buffer() => new(JitterBufferSettings.Default, _time);

    private static byte[] Frame(int seq) => Enumerable.Repeat((byte)seq, 160).ToArray();

    private static PushOutcome Push(JitterBuffer buffer, int seq) => buffer.Push((ushort)seq, (uint)(seq * 160), Frame(seq));

    private (FrameKind Kind, int Seq, byte First) Pop(JitterBuffer buffer)
    {
        var frame = buffer.Pop(_out);
        return (frame.Kind, frame.Sequence, frame.Length > 0 ? _out[0] : (byte)0);
    }

    /// <summary>Packet n is sent at n × 20 ms and arrives after its delay; one frame is popped every 20 ms (at 10 ms past).</summary>
    private List<JitterFrame> Run(JitterBuffer buffer, int packets, Func<int, double> delayMs, Action<int>? onPop = null)
    {
        var arrivals = Enumerable.Range(0, packets).Select(n => (At: n * 20 + delayMs(n), Seq: n)).OrderBy(a => a.At).ToList();
        var frames = new List<JitterFrame>();
        var now = 0.0;
        var next = 0;
        for (var pop = 0; pop < packets + 20; pop++)
        {
            var popAt = pop * 20 + 10.0;
            while (next < arrivals.Count && arrivals[next].At <= popAt)
            {
                Advance(ref now, arrivals[next].At);
                Push(buffer, arrivals[next++].Seq);
            }
            Advance(ref now, popAt);
            frames.Add(buffer.Pop(_out));
            onPop?.Invoke(pop);
        }
        return frames;
    }

    private void Advance(ref double now, double to)
    {
        _time.Advance(TimeSpan.FromMilliseconds(to - now));
        now = to;
    }

    [Fact]
    public void Playout_waits_for_the_initial_40_ms_then_plays_in_order()
    {
        var buffer = Buffer();
        Push(buffer, 1);
        Assert.Equal(FrameKind.Silence, Pop(buffer).Kind);
        Push(buffer, 2);

        Assert.Equal(TimeSpan.FromMilliseconds(40), buffer.TargetDelay);
        Assert.Equal((FrameKind.Audio, 1, (byte)1), Pop(buffer));
        Assert.Equal((FrameKind.Audio, 2, (byte)2), Pop(buffer));
    }

    [Fact]
    public void Reordered_packets_come_out_in_sequence()
    {
        var buffer = Buffer();
        foreach (var seq in new[] { 10, 12, 11, 14, 13 }) Push(buffer, seq);

        Assert.Equal([10, 11, 12, 13, 14], Enumerable.Range(0, 5).Select(_ => Pop(buffer)).Select(f => f.Seq));
        Assert.Equal(5, buffer.Counters.Played);
    }

    [Fact]
    public void Reordering_works_across_the_sequence_wrap()
    {
        var buffer = Buffer();
        foreach (var seq in new[] { 65534, 0, 65535, 1 }) Push(buffer, seq);

        Assert.Equal([65534, 65535, 0, 1], Enumerable.Range(0, 4).Select(_ => Pop(buffer).Seq));
    }

    [Fact]
    public void A_duplicate_is_dropped_and_counted()
    {
        var buffer = Buffer();
        Push(buffer, 1);
        Assert.Equal(PushOutcome.Duplicate, Push(buffer, 1));
        Push(buffer, 2);

        Assert.Equal([1, 2], new[] { Pop(buffer).Seq, Pop(buffer).Seq });
        Assert.Equal(1, buffer.Counters.Duplicates);
    }

    [Fact]
    public void A_packet_after_its_turn_is_late_dropped_and_raises_the_target()
    {
        var buffer = Buffer();
        foreach (var seq in new[] { 1, 3, 4 }) Push(buffer, seq);
        Pop(buffer);
        Pop(buffer);
        var before = buffer.TargetFrames;

        Assert.Equal(PushOutcome.Late, Push(buffer, 2));
        Pop(buffer);
        Assert.Equal(1, buffer.Counters.Late);
        Assert.Equal(before + 1, buffer.TargetFrames);
    }

    [Fact]
    public void A_lost_frame_is_concealed_with_the_last_one_and_a_longer_gap_turns_to_silence()
    {
        var buffer = Buffer();
        foreach (var seq in new[] { 1, 2, 6 }) Push(buffer, seq);

        var frames = Enumerable.Range(0, 6).Select(_ => Pop(buffer)).ToList();

        Assert.Equal(
            [(FrameKind.Audio, 1, (byte)1), (FrameKind.Audio, 2, (byte)2), (FrameKind.Concealed, 3, (byte)2),
             (FrameKind.Concealed, 4, (byte)2), (FrameKind.Silence, 5, (byte)0), (FrameKind.Audio, 6, (byte)6)],
            frames);
        Assert.Equal((3, 2), (buffer.Counters.Missing, buffer.Counters.Concealed));
    }

    [Fact]
    public void A_slot_taken_by_a_dtmf_packet_plays_silence_and_is_not_a_loss()
    {
        var buffer = Buffer();
        Push(buffer, 1);
        buffer.PushGap(2, 320);
        Push(buffer, 3);

        Assert.Equal([FrameKind.Audio, FrameKind.Silence, FrameKind.Audio], Enumerable.Range(0, 3).Select(_ => Pop(buffer).Kind));
        Assert.Equal(0, buffer.Counters.Missing);
    }

    [Fact]
    public void After_the_sender_pauses_the_stream_resumes_without_dropping_its_packets_as_late()
    {
        var buffer = Buffer();
        Push(buffer, 1);
        Push(buffer, 2);
        for (var i = 0; i < 10; i++) Pop(buffer);
        foreach (var seq in new[] { 3, 4, 5 }) Push(buffer, seq);

        var resumed = Enumerable.Range(0, 3).Select(_ => Pop(buffer)).Where(f => f.Kind == FrameKind.Audio).Select(f => f.Seq);
        Assert.Equal([3, 4, 5], resumed);
        Assert.Equal(0, buffer.Counters.Late);
    }

    [Fact]
    public void A_steady_stream_settles_at_the_20_ms_minimum_losing_only_the_frame_dropped_to_get_there()
    {
        var buffer = Buffer();
        var frames = Run(buffer, 500, _ => 5);

        Assert.Equal(TimeSpan.FromMilliseconds(20), buffer.TargetDelay);
        Assert.Equal(1, buffer.Counters.Dropped);
        Assert.Equal(499, frames.Count(f => f.Kind == FrameKind.Audio));
        Assert.Equal((0, 0), (buffer.Counters.Late, buffer.Counters.Missing));
    }

    [Fact]
    public void Jitter_raises_the_target_within_the_maximum_and_calm_brings_it_back_down()
    {
        var random = new Random(42);
        var delays = Enumerable.Range(0, 1500).Select(n => n < 750 ? random.NextDouble() * 60 : 5.0).ToArray();
        var buffer = Buffer();
        var targets = new List<TimeSpan>();
        var frames = Run(buffer, delays.Length, n => delays[n], _ => targets.Add(buffer.TargetDelay));

        var jittery = targets.Skip(300).Take(450).ToList();
        Assert.True(jittery.Min() >= TimeSpan.FromMilliseconds(60), $"target under jitter fell to {jittery.Min()}");
        Assert.True(targets.Max() <= TimeSpan.FromMilliseconds(200));
        Assert.Equal(TimeSpan.FromMilliseconds(20), targets[^1]);
        var late = buffer.Counters.Late / (double)delays.Length;
        Assert.True(late < 0.02, $"late share {late:P2}");
        Assert.True(frames.Count(f => f.Kind == FrameKind.Audio) >= delays.Length * 0.97);
    }

    [Fact]
    public void A_burst_beyond_the_maximum_is_cut_back_to_the_target()
    {
        var buffer = Buffer();
        for (var seq = 0; seq < 20; seq++) Push(buffer, seq);
        Pop(buffer);

        Assert.True(buffer.Depth <= buffer.TargetFrames, $"depth {buffer.Depth} target {buffer.TargetFrames}");
        Assert.True(buffer.Counters.Dropped > 0);
    }

    [Fact]
    public void A_restarted_sender_far_ahead_resynchronises_the_buffer()
    {
        var buffer = Buffer();
        Push(buffer, 1);
        Assert.Equal(PushOutcome.Resynchronised, Push(buffer, 5000));
        Push(buffer, 5001);

        Assert.Equal([5000, 5001], new[] { Pop(buffer).Seq, Pop(buffer).Seq });
    }
}
