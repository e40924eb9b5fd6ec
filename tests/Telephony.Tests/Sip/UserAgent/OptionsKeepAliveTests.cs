using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.UserAgent;

public sealed class OptionsKeepAliveTests
{
    [Fact]
    public void A_peer_is_up_while_it_answers_pings_down_when_they_time_out_and_up_again()
    {
        var net = new LoopNetwork();
        net.Agent(5080);
        var agent = net.Agent(5070);
        var changes = new List<string>();
        using var keepAlive = new OptionsKeepAlive(agent, LoopNetwork.Uri(5080), TimeSpan.FromSeconds(30), net.Time);
        keepAlive.Up += () => changes.Add("up");
        keepAlive.Down += () => changes.Add("down");
        net.WaitUntil(() => keepAlive.Counts.Answered == 1);
        Assert.True(keepAlive.Reachable);

        net.Deliverable = m => m is not SipRequest { Method: "OPTIONS" };
        net.Run(TimeSpan.FromSeconds(63));
        net.WaitUntil(() => keepAlive.Counts.Lost >= 1);
        Assert.False(keepAlive.Reachable);

        net.Deliverable = _ => true;
        net.Run(TimeSpan.FromSeconds(61));
        net.WaitUntil(() => keepAlive.Reachable);
        Assert.Equal(["up", "down", "up"], changes);
    }

    [Fact]
    public void A_made_up_timeout_is_told_apart_from_a_peers_408()
    {
        var request = new SipRequest("OPTIONS", SipUri.ForSip(null, "h"), SipHeaders.Empty, default);
        Assert.True(SipResponses.IsLocalTimeout(SipResponses.LocalTimeout(request, "")));
        Assert.False(SipResponses.IsLocalTimeout(SipResponses.For(request, 408)));
    }
}
