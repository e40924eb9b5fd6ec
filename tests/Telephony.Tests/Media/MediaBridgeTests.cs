using NAudio.Wave;
using Outreach.Telephony.Media;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Media;

public sealed class MediaBridgeTests
{
    private const int Frames = 100; // 2 s
    private static readonly short[] ToneA = Tones.Sine(1000, 8000, Frames * 160);
    private static readonly short[] ToneB = Tones.Sine(600, 8000, Frames * 160);
    private static readonly double[] Probes = [400, 600, 800, 1000, 1400, 2000];

    /// <summary>The steady middle of what was heard (past the jitter buffer's start).</summary>
    private static ReadOnlySpan<short> Middle(short[] heard) => heard.AsSpan(20 * 160, 60 * 160);

    [Theory]
    [InlineData(AudioCodec.Pcmu, AudioCodec.Pcma, BridgeMode.Relay)]
    [InlineData(AudioCodec.Pcma, AudioCodec.Pcmu, BridgeMode.Relay)]
    [InlineData(AudioCodec.Pcmu, AudioCodec.Pcmu, BridgeMode.Relay)]
    [InlineData(AudioCodec.Pcmu, AudioCodec.Pcma, BridgeMode.Paced)]
    [InlineData(AudioCodec.Pcma, AudioCodec.Pcmu, BridgeMode.Paced)]
    public void Each_phone_hears_the_others_tone_through_the_bridge(AudioCodec a, AudioCodec b, BridgeMode mode)
    {
        var call = new MemoryCall(a, b, mode: mode);
        var (heardByA, heardByB) = call.Run(Frames, ToneA, ToneB);

        Assert.True(Tones.DominanceDb(Middle(heardByB), 1000, Probes.Where(p => p != 1000).ToArray()) > 30);
        Assert.True(Tones.DominanceDb(Middle(heardByA), 600, Probes.Where(p => p != 600).ToArray()) > 30);
        Assert.InRange(20 * Math.Log10(Tones.Rms(Middle(heardByB)) / Tones.Rms(ToneA)), -1, 1);
        Assert.InRange(20 * Math.Log10(Tones.Rms(Middle(heardByA)) / Tones.Rms(ToneB)), -1, 1);
        Assert.Equal(0, call.LegA.Session.Statistics().CumulativeLost);
        Assert.Equal(0, call.PhoneB.Session.Statistics().CumulativeLost);
    }

    [Fact]
    public void A_relayed_packet_reaches_the_other_phone_at_once_with_its_timing_kept()
    {
        var call = new MemoryCall(AudioCodec.Pcmu, AudioCodec.Pcma);
        call.PhoneA.WriteFrame(ToneA.AsSpan(0, 160));
        call.Time.Advance(TimeSpan.FromMilliseconds(20));
        call.PhoneA.WriteFrame(ToneA.AsSpan(160, 160));

        var stats = call.PhoneB.Session.Statistics();
        Assert.Equal(2, stats.PacketsReceived); // no tick ran: relayed on arrival
        Assert.Equal(0, stats.JitterMs);
    }

    [Theory]
    [InlineData(BridgeMode.Relay)]
    [InlineData(BridgeMode.Paced)]
    public void A_leg_on_hold_is_sent_nothing_while_the_other_still_hears_it(BridgeMode mode)
    {
        // Leg B's peer put us on hold with sendonly: we answered recvonly, so nothing goes to phone B.
        var call = new MemoryCall(AudioCodec.Pcmu, AudioCodec.Pcma, legBDirection: MediaDirection.RecvOnly, mode: mode);
        var (heardByA, heardByB) = call.Run(Frames, ToneA, ToneB);

        Assert.Equal(0, Tones.Rms(heardByB));
        Assert.Equal(0, call.PhoneB.Session.Statistics().PacketsReceived);
        Assert.True(Tones.DominanceDb(Middle(heardByA), 600, 1000, 400) > 30);
    }

    [Theory]
    [InlineData(BridgeMode.Relay)]
    [InlineData(BridgeMode.Paced)]
    public void Unhold_restores_the_media_to_the_held_leg(BridgeMode mode)
    {
        var call = new MemoryCall(AudioCodec.Pcmu, AudioCodec.Pcma, legBDirection: MediaDirection.RecvOnly, mode: mode);
        call.Run(20, ToneA, ToneB);
        call.LegB.Renegotiate(call.LegB.Media with { Direction = MediaDirection.SendRecv });
        call.PhoneB.Renegotiate(call.PhoneB.Media with { Direction = MediaDirection.SendRecv });
        var (_, heardByB) = call.Run(Frames, ToneA, ToneB);

        Assert.True(Tones.DominanceDb(Middle(heardByB), 1000, 600, 400) > 30);
    }

    [Theory]
    [InlineData(BridgeMode.Relay)]
    [InlineData(BridgeMode.Paced)]
    public void A_digit_from_one_phone_is_relayed_as_an_event_to_the_other_and_surfaced(BridgeMode mode)
    {
        var call = new MemoryCall(AudioCodec.Pcmu, AudioCodec.Pcma, mode: mode);
        var surfaced = new List<char>();
        call.Bridge.DigitReceived += (leg, digit) => surfaced.Add(digit);
        Assert.True(call.PhoneA.SendDigits("42#"));
        call.Run(60, [], []);

        var relayed = new List<char>();
        while (call.PhoneB.TryTakeDigit(out var digit)) relayed.Add(digit.Digit);
        Assert.Equal(['4', '2', '#'], surfaced);
        Assert.Equal(['4', '2', '#'], relayed);
    }

    [Theory]
    [InlineData(BridgeMode.Relay)]
    [InlineData(BridgeMode.Paced)]
    public void The_recording_has_leg_a_on_the_left_and_leg_b_on_the_right_aligned_in_time(BridgeMode mode)
    {
        var wav = new MemoryStream();
        var call = new MemoryCall(AudioCodec.Pcmu, AudioCodec.Pcma, recorder: new CallRecorder(new NonClosingStream(wav)), mode: mode);
        call.Run(Frames, ToneA, []);
        call.Bridge.Stop();

        wav.Position = 0;
        using (var reader = new WaveFileReader(new MemoryStream(wav.ToArray())))
            Assert.Equal((8000, 2, 16), (reader.WaveFormat.SampleRate, reader.WaveFormat.Channels, reader.WaveFormat.BitsPerSample));
        var (left, right) = TestAudio.Channels(wav);
        Assert.Equal(Frames * 160, left.Length);
        Assert.True(Tones.DominanceDb(left.AsSpan(20 * 160, 60 * 160), 1000, 600, 400, 2000) > 30);
        // Leg B said nothing: its channel is silence (A-law has no exact zero: its quietest code decodes to ±8).
        Assert.True(Tones.Rms(right) <= 8, $"right channel RMS {Tones.Rms(right)}");
        var firstSound = Array.FindIndex(left, s => s != 0);
        Assert.InRange(firstSound, 160, 4 * 160); // the jitter buffer's 40 ms start, plus a frame of transit
    }

    [Fact]
    public void Every_5_s_the_legs_exchange_rtcp_and_each_side_learns_loss_jitter_and_round_trip()
    {
        var call = new MemoryCall(AudioCodec.Pcmu, AudioCodec.Pcma);
        call.Run(2 * MediaLeg.ReportEveryFrames + 10, Tones.Sine(1000, 8000, 600 * 160), Tones.Sine(600, 8000, 600 * 160));

        var phone = call.PhoneA.Session.Statistics();
        var leg = call.Bridge.Statistics().First;
        Assert.NotNull(phone.RoundTripMs); // in memory the round trip is the clock's steps, not a network
        Assert.InRange(phone.RoundTripMs!.Value, 0, 100);
        Assert.Equal(0, phone.RemoteFractionLost);
        Assert.Equal(0, phone.RemoteJitterMs);
        Assert.Equal(phone.PacketsSent, leg.PacketsReceived);
        Assert.Equal(0, leg.CumulativeLost);
    }
}
