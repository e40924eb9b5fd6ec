using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Telephony.Media;
using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Media;

/// <summary>Our RTP against a real peer: SIPp's RTP echo returns what we send; we must hear our own tone and digits back.</summary>
public sealed class SippEchoTests
{
    [Theory]
    [InlineData("PCMU")]
    [InlineData("PCMA")]
    public async Task Our_tone_comes_back_from_sipps_rtp_echo_with_its_energy(string codecName)
    {
        await using var sipp = await SippEcho.StartAsync();
        var codec = codecName == "PCMU" ? PayloadFormat.Pcmu : PayloadFormat.Pcma;
        var ports = new RtpPortRange(30000, 49999, Random.Shared.Next(10000));
        await using var endpoint = RtpEndpoint.Open(new RtpEndpointOptions(), ports, NullLogger<RtpEndpoint>.Instance, TimeProvider.System)!;
        var media = TestAudio.Negotiated(codec, sipp.MediaPort);
        var leg = MediaLegs.Connect(endpoint, media, new Random(3), TimeProvider.System);
        var heard = new MemoryStream();
        var playback = new MediaPlayback(leg, new CallRecorder(new NonClosingStream(heard)));
        var digits = new List<char>();
        playback.DigitReceived += digits.Add;
        playback.Play(Prompt.FromSamples(Tones.Sine(1000, 8000, 8000)), loop: true);
        var scheduler = new MediaScheduler(TimeProvider.System, NullLogger<MediaScheduler>.Instance, lanes: 1);
        scheduler.Add(playback);

        using (var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1.5)))
        {
            var running = scheduler.RunAsync(stop.Token);
            await Task.Delay(700, TestContext.Current.CancellationToken);
            leg.SendDigits("5");
            await running;
        }
        playback.Stop();

        var (echoed, _) = TestAudio.Channels(heard);
        var early = Tones.Voiced(echoed.AsSpan(0, 30 * 160), out var frames); // before the digit muted the tone
        Assert.True(frames >= 10, $"only {frames} echoed frames carried sound");
        Assert.True(Tones.DominanceDb(early, 1000, 600, 400, 2000) > 20);
        Assert.InRange(Tones.Rms(early), 8000 / Math.Sqrt(2) * 0.8, 8000 / Math.Sqrt(2) * 1.2);
        Assert.Equal(['5'], digits);
        var stats = leg.Session.Statistics();
        Assert.True(stats.PacketsReceived > 50, $"{stats.PacketsReceived} echoed packets");
    }
}
