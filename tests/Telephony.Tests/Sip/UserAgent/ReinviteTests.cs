using System.Text;
using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.UserAgent;

public sealed class ReinviteTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly LoopNetwork _net = new();
    private readonly OutgoingCall _call;
    private readonly IncomingCall _incoming;

    public ReinviteTests()
    {
        var caller = _net.Agent(5070);
        var callee = _net.Agent(5080);
        IncomingCall? incoming = null;
        callee.IncomingCall += c => { incoming = c; c.Accept(); };
        _call = caller.PlaceCall(new OutgoingCallRequest(LoopNetwork.Uri(5080)));
        _net.Pump();
        _incoming = incoming!;
    }

    private static PlainSdpSession Media(SipCall call) => (PlainSdpSession)call.Session;

    [Fact]
    public void Hold_and_unhold_are_re_invites_the_other_side_answers()
    {
        Media(_call).Hold = true;
        var hold = _call.UpdateSessionAsync(Ct);
        _net.Pump();
        Assert.Equal(200, hold.GetAwaiter().GetResult());
        Assert.Contains("a=sendonly", Media(_incoming).Offers[^1]);
        Assert.Contains("a=recvonly", Media(_call).Answers[^1]);

        Media(_call).Hold = false;
        var unhold = _call.UpdateSessionAsync(Ct);
        _net.Pump();
        Assert.Equal(200, unhold.GetAwaiter().GetResult());
        Assert.Contains("a=sendrecv", Media(_call).Answers[^1]);
        Assert.Equal(3, _net.Count("ACK"));
    }

    [Fact]
    public void A_session_refresh_from_the_callee_is_answered_by_the_caller()
    {
        var refresh = _incoming.UpdateSessionAsync(Ct);
        _net.Pump();
        Assert.Equal(200, refresh.GetAwaiter().GetResult());
        Assert.Single(Media(_call).Offers);
        Assert.False(_call.IsEnded);
    }

    [Fact]
    public void Crossing_re_invites_are_both_refused_491()
    {
        var mine = _call.UpdateSessionAsync(Ct);
        var theirs = _incoming.UpdateSessionAsync(Ct);
        _net.Pump();
        Assert.Equal(491, mine.GetAwaiter().GetResult());
        Assert.Equal(491, theirs.GetAwaiter().GetResult());
        var retry = _call.UpdateSessionAsync(Ct);
        _net.Pump();
        Assert.Equal(200, retry.GetAwaiter().GetResult());
    }
}
