using System.Globalization;
using Outreach.Telephony.Sip.Registrar;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Telephony.Tests.Sip.Interop;

/// <summary>baresip (a real softphone, config in a temporary folder) registers to our registrar with digest authentication.</summary>
public sealed class BaresipRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static PeerProcess StartBaresip(int sipPort, int registrarPort, string user, string password) =>
        PeerProcess.Start("baresip", ["-f", ".", "-n", "127.0.0.1"], folder =>
        {
            string Fill(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sip", "Interop", "Baresip", name))
                .Replace("{SIP_PORT}", sipPort.ToString(CultureInfo.InvariantCulture)).Replace("{REGISTRAR_PORT}", registrarPort.ToString(CultureInfo.InvariantCulture))
                .Replace("{USER}", user).Replace("{PASSWORD}", password);
            File.WriteAllText(Path.Combine(folder, "config"), Fill("config"));
            File.WriteAllText(Path.Combine(folder, "accounts"), Fill("accounts"));
        });

    private static (SipUserAgent Agent, SipRegistrar Registrar) StartRegistrar(int? rtpPort = null)
    {
        var store = new CredentialStore("outreach");
        store.Provision("agent7", "s3cret");
        var registrar = new SipRegistrar(new RegistrarOptions { Algorithms = [Outreach.Telephony.Sip.Auth.DigestAlgorithm.Md5] }, store, TimeProvider.System, System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        return (InteropAgent.Start(registrar: registrar, rtpPort: rtpPort), registrar);
    }

    [Fact]
    public async Task Baresip_registers_through_our_digest_challenge_and_its_contact_is_bound()
    {
        var (agent, registrar) = StartRegistrar();
        await using var _ = agent;
        var phonePort = FreePorts.Udp();
        await using var baresip = StartBaresip(phonePort, agent.LocalEndPoint.Address.Port, "agent7", "s3cret");
        await baresip.WaitForOutputAsync("200 OK", Wait, Ct);
        var binding = Assert.Single(registrar.Bindings("sip:agent7@127.0.0.1"));
        Assert.Equal(phonePort, binding.Contact.Uri.Port);
        Assert.True(binding.Expires > DateTimeOffset.UtcNow.AddSeconds(30));
    }

    [Fact]
    public async Task Baresip_with_a_wrong_password_is_refused_and_bound_nowhere()
    {
        var (agent, registrar) = StartRegistrar();
        await using var _ = agent;
        await using var baresip = StartBaresip(FreePorts.Udp(), agent.LocalEndPoint.Address.Port, "agent7", "wrong");
        await baresip.WaitForOutputAsync("403", Wait, Ct);
        Assert.Empty(registrar.Bindings("sip:agent7@127.0.0.1"));
    }

    [Fact]
    public async Task A_registered_baresip_is_called_at_its_bound_contact_and_answers()
    {
        // baresip closes a call whose RTP bounces (ICMP port unreachable), so our offer names a port that is open.
        using var rtpSink = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        var (agent, registrar) = StartRegistrar(((System.Net.IPEndPoint)rtpSink.Client.LocalEndPoint!).Port);
        await using var _ = agent;
        await using var baresip = StartBaresip(FreePorts.Udp(), agent.LocalEndPoint.Address.Port, "agent7", "s3cret");
        await baresip.WaitForOutputAsync("200 OK", Wait, Ct);
        var contact = Assert.Single(registrar.Bindings("sip:agent7@127.0.0.1")).Contact.Uri;
        var call = agent.PlaceCall(new OutgoingCallRequest(contact));
        var finished = await Task.WhenAny(call.Setup, Task.Delay(Wait, Ct));
        Assert.True(finished == call.Setup, "no answer from baresip:\n" + baresip.Output);
        var setup = await call.Setup;
        Assert.True(setup.Answered, setup.StatusCode + " " + setup.Reason + "\n" + baresip.Output);
        Assert.Contains("PCMU", System.Text.Encoding.ASCII.GetString(setup.RemoteBody.Span));
        await call.HangUpAsync(Ct);
        await call.Completion.WaitAsync(Wait, Ct);
        Assert.Equal(0, agent.ActiveCalls);
    }
}
