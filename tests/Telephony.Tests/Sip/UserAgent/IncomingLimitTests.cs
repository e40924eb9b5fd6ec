using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.UserAgent;

public sealed class IncomingLimitTests
{
    [Fact]
    public void An_invite_storm_beyond_the_limit_gets_503_with_retry_after_and_nothing_leaks()
    {
        var net = new LoopNetwork();
        var callee = net.Agent(5080, new SipUserAgentOptions { MaxIncomingCalls = 3, RetryAfterSeconds = 7 });
        var ringing = new List<IncomingCall>();
        callee.IncomingCall += c => { ringing.Add(c); c.Ring(); };
        var caller = net.Agent(5070);
        var calls = Enumerable.Range(0, 20).Select(_ => caller.PlaceCall(new OutgoingCallRequest(LoopNetwork.Uri(5080)) { RingTimeout = TimeSpan.FromSeconds(3) })).ToList();
        net.Pump();

        Assert.Equal(3, ringing.Count);
        Assert.Equal(17, calls.Count(c => c.Setup.IsCompleted && c.Setup.Result.Outcome == NetworkOutcome.Congestion));
        Assert.All(net.Delivered.OfType<Outreach.Telephony.Sip.Messages.SipResponse>().Where(r => r.StatusCode == 503), r => Assert.Equal("7", r.Headers.Get("Retry-After")));

        net.Run(TimeSpan.FromSeconds(40));
        Assert.All(calls, c => Assert.True(c.IsEnded));
        Assert.Equal(0, callee.IncomingCalls);
        Assert.Equal(0, callee.ActiveCalls + caller.ActiveCalls);
        Assert.Equal(0, callee.Layer.ServerCount + callee.Layer.ClientCount + caller.Layer.ServerCount + caller.Layer.ClientCount);
        // Capacity is back: a new call is offered again.
        caller.PlaceCall(new OutgoingCallRequest(LoopNetwork.Uri(5080)));
        net.Pump();
        Assert.Equal(4, ringing.Count);
    }
}
