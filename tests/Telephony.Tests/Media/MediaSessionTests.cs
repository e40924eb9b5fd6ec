using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Telephony.Media;
using Outreach.Telephony.Rtp;
using Outreach.Telephony.Sdp;

namespace Outreach.Telephony.Tests.Media;

/// <summary>Two media sessions agreeing through SDP bodies as two user agents would, on loopback sockets.</summary>
public sealed class MediaSessionTests
{
    private readonly RtpPortRange _ports = new(30000, 49999, startAt: Random.Shared.Next(10000));

    private MediaSession Session(ulong id) =>
        new(RtpEndpoint.Open(new RtpEndpointOptions(), _ports, NullLogger<RtpEndpoint>.Instance, TimeProvider.System)!, "127.0.0.1", id,
            new Random((int)id), TimeProvider.System);

    [Fact]
    public async Task An_offer_and_its_answer_connect_both_legs_to_each_others_ports()
    {
        await using var caller = Session(1);
        await using var callee = Session(2);
        var connected = new List<MediaLeg>();
        caller.Connected += connected.Add;
        callee.Connected += connected.Add;

        var answer = callee.Answer(caller.CreateOffer());
        Assert.False(answer.Refused);
        Assert.True(caller.Accept(answer.Body));

        Assert.Equal(2, connected.Count);
        Assert.Equal(PayloadFormat.Pcmu, caller.Current!.Codec);
        Assert.Equal(MediaDirection.SendRecv, callee.Current!.Direction);
        Assert.NotEqual(caller.Current.RemotePort, callee.Current.RemotePort);
    }

    [Fact]
    public async Task Hold_and_resume_go_through_re_offers_and_change_the_running_legs()
    {
        await using var caller = Session(3);
        await using var callee = Session(4);
        caller.Accept(callee.Answer(caller.CreateOffer()).Body);
        var callerLeg = caller.Leg!;

        caller.Hold();
        Assert.True(caller.Accept(callee.Answer(caller.CreateOffer()).Body));
        Assert.Equal((true, false), (callerLeg.Media.Sends, callerLeg.Media.Receives));
        Assert.Equal((false, true), (callee.Leg!.Media.Sends, callee.Leg.Media.Receives));

        caller.Resume();
        Assert.True(caller.Accept(callee.Answer(caller.CreateOffer()).Body));
        Assert.Same(callerLeg, caller.Leg);
        Assert.Equal(MediaDirection.SendRecv, callee.Leg.Media.Direction);
    }

    [Fact]
    public async Task An_offer_without_a_codec_of_ours_is_refused_with_the_reason()
    {
        await using var callee = Session(5);
        var offer = "v=0\r\no=x 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 4000 RTP/AVP 18\r\n";

        var answer = callee.Answer(Encoding.UTF8.GetBytes(offer));

        Assert.True(answer.Refused);
        Assert.Contains("no offered codec", answer.Reason);
        Assert.Null(callee.Leg);
    }
}
