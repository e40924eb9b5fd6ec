using System.Globalization;
using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Telephony.Tests.Sip.Interop;

/// <summary>A real proxy (kamailio from Debian, our config) challenges our INVITE and BYE with 407 in front of sipp's UAS.</summary>
public sealed class KamailioDigestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private const string Realm = "outreach.test";

    private static PeerProcess StartKamailio(int listen, int target, DigestAlgorithm algorithm, string user, string password) =>
        PeerProcess.Start("kamailio", ["-f", "kamailio.cfg", "-DD", "-E", "-Y", ".", "-w", "."], folder =>
        {
            var template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sip", "Interop", "Kamailio", "kamailio.cfg"));
            var config = template
                .Replace("{LISTEN_PORT}", listen.ToString(CultureInfo.InvariantCulture)).Replace("{TARGET_PORT}", target.ToString(CultureInfo.InvariantCulture))
                .Replace("{REALM}", Realm).Replace("{USER}", user).Replace("{HA1}", algorithm.Ha1(user, Realm, password))
                .Replace("{ALGORITHM}", algorithm.Name()).Replace("{MODULES}", "/usr/lib/x86_64-linux-gnu/kamailio/modules/");
            File.WriteAllText(Path.Combine(folder, "kamailio.cfg"), config);
        });

    [Theory]
    [InlineData(DigestAlgorithm.Md5)]
    [InlineData(DigestAlgorithm.Sha256)]
    public async Task Our_invite_and_bye_answer_the_proxys_407_and_the_call_reaches_sipp(DigestAlgorithm algorithm)
    {
        var sippPort = FreePorts.Udp();
        var proxyPort = FreePorts.Udp();
        await using var sipp = Sipp.Start(sippPort, "-sf", Sipp.ScenarioPath("uas-record-route.xml"), "-m", "1");
        await using var kamailio = StartKamailio(proxyPort, sippPort, algorithm, "dialer", "s3cret");
        await kamailio.WaitForOutputAsync("SO_RCVBUF is finally", Wait, Ct);
        await using var agent = InteropAgent.Start(new SipUserAgentOptions { User = "dialer" });
        await Task.Delay(300, Ct);

        var call = agent.PlaceCall(new OutgoingCallRequest(InteropAgent.Uri(proxyPort)) { Credentials = new SipCredentials("dialer", "s3cret") });
        var setup = await call.Setup.WaitAsync(Wait, Ct);
        Assert.True(setup.Answered, setup.StatusCode + " " + setup.Reason + "\n" + kamailio.Output);
        await call.HangUpAsync(Ct);
        Assert.Equal(0, await sipp.WaitForExitAsync(Wait, Ct));
        Assert.Contains("challenging INVITE from dialer", kamailio.Output);
        Assert.Contains("authenticated dialer for INVITE", kamailio.Output);
        Assert.True(kamailio.Output.Contains("challenging BYE from dialer"), kamailio.Output);
        Assert.Contains("authenticated dialer for BYE", kamailio.Output);
    }

    [Fact]
    public async Task A_wrong_password_leaves_the_call_rejected_by_the_proxy()
    {
        var sippPort = FreePorts.Udp();
        var proxyPort = FreePorts.Udp();
        await using var kamailio = StartKamailio(proxyPort, sippPort, DigestAlgorithm.Md5, "dialer", "s3cret");
        await kamailio.WaitForOutputAsync("SO_RCVBUF is finally", Wait, Ct);
        await using var agent = InteropAgent.Start(new SipUserAgentOptions { User = "dialer" });
        await Task.Delay(300, Ct);
        var call = agent.PlaceCall(new OutgoingCallRequest(InteropAgent.Uri(proxyPort)) { Credentials = new SipCredentials("dialer", "wrong") });
        var setup = await call.Setup.WaitAsync(Wait, Ct);
        Assert.Equal(407, setup.StatusCode);
        Assert.DoesNotContain("authenticated dialer", kamailio.Output);
    }
}
