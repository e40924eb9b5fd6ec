using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using NAudio.Wave;
using Outreach.Telephony.Media;
using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Media;

/// <summary>Real UDP sockets on 127.0.0.1: our endpoints as phones and as a bridge, paced by the shared clock on real time.</summary>
public sealed class LoopbackTests : IAsyncLifetime
{
    private readonly List<RtpEndpoint> _endpoints = [];
    private readonly RtpPortRange _ports = new(30000, 49999, startAt: Random.Shared.Next(10000));
    private readonly Random _random = new(7);

    private readonly ListLogger<RtpEndpoint> _log = new();

    private RtpEndpoint Open(bool symmetric = true)
    {
        var endpoint = RtpEndpoint.Open(new RtpEndpointOptions { SymmetricRtp = symmetric }, _ports, _log, TimeProvider.System);
        Assert.NotNull(endpoint);
        _endpoints.Add(endpoint);
        return endpoint;
    }

    private static NegotiatedMedia Toward(RtpEndpoint peer, PayloadFormat codec) => TestAudio.Negotiated(codec, peer.RtpPort);

    private MediaLeg Leg(RtpEndpoint local, RtpEndpoint peer, PayloadFormat codec) =>
        MediaLegs.Connect(local, Toward(peer, codec), _random, TimeProvider.System);

    /// <summary>Runs the scheduler for a bounded number of frames of real time, stopping by itself.</summary>
    private static async Task RunAsync(MediaScheduler scheduler, int frames)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(frames * 20));
        await scheduler.RunAsync(stop.Token);
    }

    [Theory]
    [InlineData(BridgeMode.Relay)]
    [InlineData(BridgeMode.Paced)]
    public async Task A_tone_from_each_phone_crosses_the_bridge_both_ways_with_the_codecs_differing(BridgeMode mode)
    {
        var (phoneA, bridgeA, bridgeB, phoneB) = (Open(), Open(), Open(), Open());
        var phoneALeg = Leg(phoneA, bridgeA, PayloadFormat.Pcmu);
        var phoneBLeg = Leg(phoneB, bridgeB, PayloadFormat.Pcma);
        var heardA = new MemoryStream();
        var heardB = new MemoryStream();
        var recording = new MemoryStream();
        var playA = new MediaPlayback(phoneALeg, new CallRecorder(new NonClosingStream(heardA)));
        var playB = new MediaPlayback(phoneBLeg, new CallRecorder(new NonClosingStream(heardB)));
        playA.Play(Prompt.FromSamples(Tones.Sine(1000, 8000, 8000)), loop: true);
        playB.Play(Prompt.FromSamples(Tones.Sine(600, 8000, 8000)), loop: true);
        var bridge = new MediaBridge(Leg(bridgeA, phoneA, PayloadFormat.Pcmu), Leg(bridgeB, phoneB, PayloadFormat.Pcma),
            new CallRecorder(new NonClosingStream(recording)), mode);
        var scheduler = new MediaScheduler(TimeProvider.System, NullLogger<MediaScheduler>.Instance, lanes: 2);
        foreach (var media in new IPacedMedia[] { playA, playB, bridge }) scheduler.Add(media);

        await RunAsync(scheduler, 75);
        playA.Stop();
        playB.Stop();
        bridge.Stop();

        var (aHeard, _) = TestAudio.Channels(heardA);
        var (bHeard, _) = TestAudio.Channels(heardB);
        var (bridgeLeft, bridgeRight) = TestAudio.Channels(recording);
        AssertTone(aHeard, 600, "phone A should hear B's 600 Hz");
        AssertTone(bHeard, 1000, "phone B should hear A's 1 kHz");
        AssertTone(bridgeLeft, 1000, "the recording's left channel is leg A");
        AssertTone(bridgeRight, 600, "the recording's right channel is leg B");
        Assert.Equal(bridgeLeft.Length, bridgeRight.Length);
        var stats = bridge.Statistics();
        Assert.True(stats.First.PacketsReceived > 30, $"bridge leg A received {stats.First.PacketsReceived}");
        Assert.True(stats.Second!.PacketsReceived > 30, $"bridge leg B received {stats.Second.PacketsReceived}");
    }

    [Fact]
    public async Task A_bad_datagram_is_dropped_and_logged_and_the_stream_goes_on()
    {
        var (ours, theirs) = (Open(), Open());
        var leg = Leg(ours, theirs, PayloadFormat.Pcmu);
        using var hostile = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        var target = new IPEndPoint(IPAddress.Loopback, ours.RtpPort);
        hostile.SendTo(new byte[] { 1, 2, 3 }, target);
        hostile.SendTo(new byte[1400], target);
        hostile.SendTo(new byte[] { 0x80, 200, 0, 1 }, new IPEndPoint(IPAddress.Loopback, ours.RtcpPort));
        var packet = new byte[200];
        var sender = new RtpSender(99, 1, 0, Packetisation.Default);
        hostile.SendTo(packet.AsSpan(0, sender.WriteAudio(packet, 0, new byte[160])), SocketFlags.None, target);

        // The count goes up before the line is written (on the loop's thread): wait for both.
        await WaitForAsync(() => ours.Dropped == 3 && _log.Lines.Count >= 1 && leg.Session.Statistics().PacketsReceived == 1);
        Assert.Equal(3, ours.Dropped);
        // One line a second at most, however many are dropped (so fewer lines than drops unless the machine stalled
        // for a second between them); the RTP and RTCP loops race, so whichever bad datagram came first is named.
        Assert.InRange(_log.Lines.Count, 1, 3);
        Assert.All(_log.Lines, line =>
            Assert.Matches($@"^RTP port ({ours.RtpPort}: dropped a datagram of (3|1400)|{ours.RtcpPort}: dropped a datagram of 4) bytes", line));
    }

    [Fact]
    public async Task Symmetric_rtp_answers_to_where_the_packets_come_from()
    {
        var ours = Open(symmetric: true);
        var unused = Open();
        var leg = MediaLegs.Connect(ours, Toward(unused, PayloadFormat.Pcmu), _random, TimeProvider.System);
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        peer.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var packet = new byte[200];
        var sender = new RtpSender(5, 1, 0, Packetisation.Default);
        peer.SendTo(packet.AsSpan(0, sender.WriteAudio(packet, 0, new byte[160])), SocketFlags.None, new IPEndPoint(IPAddress.Loopback, ours.RtpPort));
        await WaitForAsync(() => leg.Session.Statistics().PacketsReceived == 1);

        leg.WriteFrame(new short[160]);
        peer.ReceiveTimeout = 5000;
        var received = new byte[2048];
        var length = peer.Receive(received);

        Assert.Equal(RtpParseError.None, RtpPacket.TryParse(received.AsSpan(0, length), out var rtp));
        Assert.Equal(leg.Session.Sender.Ssrc, rtp.Ssrc);
    }

    /// <summary>The tone is there with its level (8000 peak) in the frames that carry sound, and nothing else dominates.</summary>
    private static void AssertTone(short[] heard, double hz, string what)
    {
        var voiced = Tones.Voiced(heard, out var frames);
        Assert.True(frames >= 20, $"{what}: only {frames} frames carried sound");
        Assert.True(Tones.DominanceDb(voiced, hz, hz == 600 ? 1000 : 600, 400, 2000) > 20, what);
        Assert.InRange(Tones.Rms(voiced), 8000 / Math.Sqrt(2) * 0.8, 8000 / Math.Sqrt(2) * 1.2);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var endpoint in _endpoints) await endpoint.DisposeAsync();
    }
}
