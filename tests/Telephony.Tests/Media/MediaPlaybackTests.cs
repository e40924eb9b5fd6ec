using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Media;
using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Media;

public sealed class MediaPlaybackTests
{
    private readonly FakeTimeProvider _time = new();

    private (MediaLeg Phone, MediaLeg Leg) Pair()
    {
        var phoneSession = new RtpSession(new RtpSessionSettings { Ssrc = 1, AudioPayloadType = 8, TelephoneEventPayloadType = 101 }, _time);
        var legSession = new RtpSession(new RtpSessionSettings { Ssrc = 2, AudioPayloadType = 8, TelephoneEventPayloadType = 101 }, _time);
        var media = TestAudio.Negotiated(PayloadFormat.Pcma, 4000);
        return (new MediaLeg(phoneSession, new MemoryTransport { Peer = legSession }, media),
                new MediaLeg(legSession, new MemoryTransport { Peer = phoneSession }, media));
    }

    [Fact]
    public void A_prompt_plays_at_20_ms_a_frame_then_silence_follows()
    {
        var (phone, leg) = Pair();
        var playback = new MediaPlayback(leg);
        playback.Play(Prompt.FromSamples(Tones.Sine(1000, 8000, 4000))); // 0.5 s = 25 frames
        var heard = new short[60 * 160];
        var playingAt = new List<bool>();
        for (var f = 0; f < 60; f++)
        {
            phone.WriteFrame(new short[160]);
            _time.Advance(TimeSpan.FromMilliseconds(20));
            playback.Tick();
            playingAt.Add(playback.Playing);
            phone.ReadFrame(heard.AsSpan(f * 160, 160));
        }

        Assert.True(Tones.DominanceDb(heard.AsSpan(5 * 160, 18 * 160), 1000, 600, 2000) > 30);
        Assert.True(Tones.Rms(heard.AsSpan(35 * 160)) <= 8);
        Assert.Equal(24, playingAt.FindIndex(p => !p)); // the 25th tick sends the last frame
        Assert.Equal(60, leg.Session.Statistics().PacketsSent); // silence is sent too: the stream never stops
    }

    [Fact]
    public void The_playback_records_the_peer_left_and_the_prompt_right_and_surfaces_digits()
    {
        var (phone, leg) = Pair();
        var wav = new MemoryStream();
        var playback = new MediaPlayback(leg, new CallRecorder(new NonClosingStream(wav)));
        var digits = new List<char>();
        playback.DigitReceived += digits.Add;
        playback.Play(Prompt.FromSamples(Tones.Sine(1000, 8000, 40 * 160)));
        var said = Tones.Sine(600, 8000, 40 * 160);
        phone.SendDigits("9");
        for (var f = 0; f < 40; f++)
        {
            phone.WriteFrame(said.AsSpan(f * 160, 160));
            _time.Advance(TimeSpan.FromMilliseconds(20));
            playback.Tick();
        }
        playback.Stop();

        var (left, right) = TestAudio.Channels(wav);
        Assert.True(Tones.DominanceDb(left.AsSpan(20 * 160, 15 * 160), 600, 1000, 400) > 30);
        Assert.True(Tones.DominanceDb(right.AsSpan(0, 40 * 160), 1000, 600, 400) > 30);
        Assert.Equal(['9'], digits);
    }

    [Fact]
    public async Task On_the_shared_clock_a_playback_sends_one_packet_per_20_ms_of_fake_time()
    {
        var (phone, leg) = Pair();
        var playback = new MediaPlayback(leg);
        playback.Play(Prompt.FromSamples(Tones.Sine(1000, 8000, 8000)));
        var scheduler = new MediaScheduler(_time, Microsoft.Extensions.Logging.Abstractions.NullLogger<MediaScheduler>.Instance, lanes: 1);
        scheduler.Add(playback);
        using var stop = new CancellationTokenSource();
        var running = scheduler.RunAsync(stop.Token);

        for (var step = 1; step <= 50; step++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(20));
            await WaitForAsync(() => leg.Session.Statistics().PacketsSent == step + 1);
        }
        await stop.CancelAsync();
        await running;

        Assert.Equal(51, phone.Session.Statistics().PacketsReceived); // the first tick runs at start
        Assert.Equal(0, phone.Session.Statistics().CumulativeLost);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++) await Task.Delay(5);
        Assert.True(condition());
    }
}
