using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Registrar;
using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.UserAgent;

public sealed class DigestCallTests
{
    [Fact]
    public void An_invite_challenged_401_is_sent_again_with_credentials_and_answered()
    {
        var net = new LoopNetwork();
        var store = new CredentialStore("calls");
        store.Provision("dialer", "pw");
        var verifier = new DigestVerifier(store, new NonceIssuer([5], net.Time, TimeSpan.FromMinutes(1)));
        var callee = net.Agent(5080);
        var invites = new List<SipRequest>();
        callee.IncomingCall += call =>
        {
            invites.Add(call.Invite);
            if (verifier.Verify(call.Invite).Verdict == DigestVerdict.Authenticated) call.Accept();
            else call.Reject(401, extra: verifier.Challenges(false));
        };
        var caller = net.Agent(5070);
        var placed = caller.PlaceCall(new OutgoingCallRequest(LoopNetwork.Uri(5080)) { Credentials = new SipCredentials("dialer", "pw") });
        net.Pump();
        Assert.Equal(NetworkOutcome.Answered, placed.Setup.Result.Outcome);
        Assert.Equal(2, invites.Count);
        Assert.Equal(invites[0].CSeq.Number + 1, invites[1].CSeq.Number);
        Assert.Contains("algorithm=SHA-256", invites[1].Headers.Get("Authorization"));
    }

    [Fact]
    public void Without_credentials_a_challenge_fails_the_call()
    {
        var net = new LoopNetwork();
        var callee = net.Agent(5080);
        callee.IncomingCall += call => call.Reject(407, extra: new SipHeaders([new SipHeader("Proxy-Authenticate", "Digest realm=\"p\", nonce=\"n\"")]));
        var placed = net.Agent(5070).PlaceCall(new OutgoingCallRequest(LoopNetwork.Uri(5080)));
        net.Pump();
        Assert.Equal((NetworkOutcome.Failed, 407), (placed.Setup.Result.Outcome, placed.Setup.Result.StatusCode));
    }
}
