using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.UserAgent;

public sealed class CallFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly LoopNetwork _net = new();
    private readonly SipUserAgent _caller;
    private readonly SipUserAgent _callee;
    private readonly List<IncomingCall> _incoming = [];

    public CallFlowTests()
    {
        _caller = _net.Agent(5070);
        _callee = _net.Agent(5080);
        _callee.IncomingCall += call => _incoming.Add(call);
    }

    private OutgoingCall Dial(TimeSpan? ringTimeout = null) =>
        _caller.PlaceCall(new OutgoingCallRequest(LoopNetwork.Uri(5080)) { RingTimeout = ringTimeout });

    private (OutgoingCall Out, IncomingCall In) Connect()
    {
        var call = Dial();
        _net.Pump();
        var incoming = Assert.Single(_incoming);
        incoming.Ring();
        incoming.Accept();
        _net.Pump();
        return (call, incoming);
    }

    [Fact]
    public void A_call_rings_is_answered_with_the_remote_body_acknowledged_and_ended_by_the_caller()
    {
        var call = Dial();
        var events = new List<string>();
        call.Ringing += () => events.Add("ringing");
        call.Answered += body => events.Add("answered " + System.Text.Encoding.ASCII.GetString(body.Span).Contains("m=audio"));
        _net.Pump();
        var incoming = Assert.Single(_incoming);
        var confirmed = false;
        incoming.Confirmed += () => confirmed = true;
        incoming.Ring();
        _net.Pump();
        incoming.Accept();
        _net.Pump();
        Assert.Equal(["ringing", "answered True"], events);
        Assert.True(confirmed);
        Assert.Equal(NetworkOutcome.Answered, call.Setup.Result.Outcome);
        Assert.Equal(2, _caller.ActiveCalls + _callee.ActiveCalls);

        var hangUp = call.HangUpAsync(Ct);
        _net.Pump();
        hangUp.GetAwaiter().GetResult();
        Assert.Equal(CallEndedBy.Local, call.Completion.Result);
        Assert.Equal(CallEndedBy.Remote, incoming.Completion.Result);
        Assert.Equal(0, _caller.ActiveCalls + _callee.ActiveCalls);
        _net.Run(TimeSpan.FromSeconds(40));
        Assert.Equal(0, _caller.Layer.ClientCount + _caller.Layer.ServerCount + _callee.Layer.ClientCount + _callee.Layer.ServerCount);
    }

    [Fact]
    public void The_callee_can_end_the_call()
    {
        var (call, incoming) = Connect();
        var bye = incoming.HangUpAsync(Ct);
        _net.Pump();
        bye.GetAwaiter().GetResult();
        Assert.Equal(CallEndedBy.Remote, call.Completion.Result);
        Assert.Equal(CallEndedBy.Local, incoming.Completion.Result);
        Assert.Equal(0, _callee.IncomingCalls);
    }

    [Fact]
    public void A_183_surfaces_its_early_media_body_before_the_answer()
    {
        var call = Dial();
        ReadOnlyMemory<byte>? early = null;
        call.EarlyMedia += body => early = body;
        _net.Pump();
        _incoming[0].Progress();
        _net.Pump();
        Assert.NotNull(early);
        Assert.Contains("m=audio 5081", System.Text.Encoding.ASCII.GetString(early.Value.Span));
        Assert.False(call.Setup.IsCompleted);
    }

    [Theory]
    [InlineData(486, NetworkOutcome.Busy)]
    [InlineData(600, NetworkOutcome.Busy)]
    [InlineData(404, NetworkOutcome.Invalid)]
    [InlineData(484, NetworkOutcome.Invalid)]
    [InlineData(480, NetworkOutcome.NoAnswer)]
    [InlineData(503, NetworkOutcome.Congestion)]
    [InlineData(500, NetworkOutcome.Congestion)]
    [InlineData(603, NetworkOutcome.Rejected)]
    [InlineData(403, NetworkOutcome.Rejected)]
    public void A_refused_call_fails_with_the_mapped_outcome_and_is_acked(int status, NetworkOutcome outcome)
    {
        var call = Dial();
        _net.Pump();
        _incoming[0].Reject(status);
        _net.Pump();
        Assert.Equal((outcome, status), (call.Setup.Result.Outcome, call.Setup.Result.StatusCode));
        Assert.Equal(1, _net.Count("ACK"));
        Assert.True(call.IsEnded);
    }

    [Fact]
    public void A_call_ringing_past_its_limit_is_cancelled_as_no_answer()
    {
        var call = Dial(TimeSpan.FromSeconds(5));
        _net.Pump();
        var incoming = _incoming[0];
        var cancelled = false;
        incoming.Cancelled += () => cancelled = true;
        incoming.Ring();
        _net.Run(TimeSpan.FromSeconds(4.8));
        Assert.Equal(0, _net.Count("CANCEL"));
        _net.Run(TimeSpan.FromSeconds(0.4));
        Assert.True(cancelled);
        Assert.Equal((NetworkOutcome.NoAnswer, 487), (call.Setup.Result.Outcome, call.Setup.Result.StatusCode));
        Assert.Equal(1, _net.CountStatus(487));
        _net.Run(TimeSpan.FromSeconds(40));
        Assert.Equal(0, _callee.IncomingCalls);
        Assert.Equal(0, _caller.Layer.ClientCount + _callee.Layer.ServerCount);
    }

    [Fact]
    public void A_cancel_before_any_provisional_waits_for_one()
    {
        _net.Deliverable = m => m is not SipResponse { StatusCode: 100 };
        var call = Dial();
        call.Cancel();
        _net.Pump();
        Assert.Equal(0, _net.Count("CANCEL"));
        _net.Deliverable = _ => true;
        _incoming[0].Ring();
        _net.Pump();
        Assert.Equal(1, _net.Count("CANCEL"));
        Assert.Equal(NetworkOutcome.NoAnswer, call.Setup.Result.Outcome);
    }

    [Fact]
    public void A_lost_ack_makes_the_callee_retransmit_its_2xx_and_the_caller_acks_again()
    {
        var acks = 0;
        _net.Deliverable = m => m is not SipRequest { Method: "ACK" } || ++acks > 1;
        var (_, incoming) = Connect();
        var confirmed = false;
        incoming.Confirmed += () => confirmed = true;
        _net.Run(TimeSpan.FromSeconds(1));
        Assert.True(confirmed);
        Assert.Equal(2, _net.CountStatus(200));
    }

    [Fact]
    public void An_unanswerable_offer_is_refused_488()
    {
        var callee = _net.Agent(5090, sessions: () => new PlainSdpSession(5091));
        IncomingCall? incoming = null;
        callee.IncomingCall += c => incoming = c;
        var caller = _net.Agent(5100, sessions: () => new PlainSdpSession(5101));
        var call = caller.PlaceCall(new OutgoingCallRequest(LoopNetwork.Uri(5090)));
        _net.Pump();
        // An offer of only a video codec: nothing in common.
        var refused = incoming!.Session.Answer("v=0\r\nm=audio 1 RTP/AVP 31\r\n"u8.ToArray());
        Assert.True(refused.Refused);
        incoming.Reject(488);
        _net.Pump();
        Assert.Equal(488, call.Setup.Result.StatusCode);
    }

    [Fact]
    public void A_redirect_is_followed_once()
    {
        var target = _net.Agent(5110);
        IncomingCall? atTarget = null;
        target.IncomingCall += c => { atTarget = c; c.Accept(); };
        var call = Dial();
        _net.Pump();
        _incoming[0].Redirect(LoopNetwork.Uri(5110, "carol"));
        _net.Pump();
        Assert.NotNull(atTarget);
        Assert.Equal("carol", atTarget.Invite.Uri.User);
        Assert.Equal(NetworkOutcome.Answered, call.Setup.Result.Outcome);
    }

    [Fact]
    public void A_second_redirect_is_not_followed()
    {
        var target = _net.Agent(5120);
        target.IncomingCall += c => c.Redirect(LoopNetwork.Uri(5080));
        var call = Dial();
        _net.Pump();
        _incoming[0].Redirect(LoopNetwork.Uri(5120));
        _net.Pump();
        Assert.Equal((NetworkOutcome.Failed, 302), (call.Setup.Result.Outcome, call.Setup.Result.StatusCode));
        Assert.Single(_incoming);
    }

    [Fact]
    public void A_2xx_from_a_second_fork_is_acknowledged_and_hung_up_while_the_first_call_stays()
    {
        var (call, incoming) = Connect();
        var ok = (SipResponse)_net.Delivered.OfType<SipResponse>().First(r => r.StatusCode == 200);
        var forked = ok with { Headers = ok.Headers.Set("To", ok.To.WithTag("fork2").ToString()) };
        _caller.Layer.OnInbound(new Outreach.Telephony.Sip.Transport.InboundMessage(forked, new(Outreach.Telephony.Sip.Transport.SipTransportKind.Udp, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 5080))));
        _net.Pump();
        var toFork = _net.Delivered.OfType<SipRequest>().Where(r => r.To.Tag == "fork2").Select(r => r.Method).ToList();
        Assert.Equal(["ACK", "BYE"], toFork);
        Assert.False(call.IsEnded);
        Assert.False(incoming.IsEnded);
    }

    [Fact]
    public void An_options_ping_is_answered_200_with_allow()
    {
        var ping = _caller.PingAsync(LoopNetwork.Uri(5080), Ct);
        _net.Pump();
        var response = ping.GetAwaiter().GetResult();
        Assert.Equal(200, response.StatusCode);
        Assert.Contains("INVITE", response.Headers.Get("Allow"));
    }

    [Fact]
    public void A_request_for_an_unknown_dialog_gets_481()
    {
        var (call, _) = Connect();
        var bye = call.HangUpAsync(Ct);
        _net.Pump();
        var again = call.Dialog!.CreateRequest("BYE", Outreach.Telephony.Sip.Messages.Via.Create("UDP", "127.0.0.1", 5070, "z9hG4bK-late"));
        var late = _caller.Layer.Send(again, new(Outreach.Telephony.Sip.Transport.SipTransportKind.Udp, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 5080)));
        _net.Pump();
        Assert.Equal(481, late.Final.Result.StatusCode);
    }
}
