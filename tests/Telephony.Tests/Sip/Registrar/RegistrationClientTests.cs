using Outreach.Telephony.Sip.Auth;
using Outreach.Telephony.Sip.Registrar;
using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.Registrar;

public sealed class RegistrationClientTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_phone_registers_through_the_challenge_refreshes_before_expiry_and_unregisters()
    {
        var net = new LoopNetwork();
        var store = new CredentialStore("outreach");
        store.Provision("agent7", "s3cret!");
        var registrar = new SipRegistrar(new RegistrarOptions { MaxExpiresSeconds = 300 }, store, net.Time, [1, 2, 3]);
        net.Agent(5060, registrar: registrar);
        var phone = net.Agent(5070);
        using var client = new RegistrationClient(phone, new RegistrationOptions(LoopNetwork.Uri(5060, "x") with { User = null }, "agent7", new SipCredentials("agent7", "s3cret!")));

        Assert.Equal(200, net.Complete(client.RegisterAsync(Ct)).StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(300), client.Granted);
        Assert.Single(registrar.Bindings("sip:agent7@127.0.0.1"));

        net.Run(TimeSpan.FromSeconds(149));
        Assert.Equal(1, client.Registrations);
        net.Run(TimeSpan.FromSeconds(2));
        net.WaitUntil(() => client.Registrations == 2);
        for (var refresh = 3; refresh <= 5; refresh++)
        {
            net.Run(TimeSpan.FromSeconds(150));
            net.WaitUntil(() => client.Registrations >= refresh);
        }
        Assert.Single(registrar.Bindings("sip:agent7@127.0.0.1"));

        Assert.Equal(200, net.Complete(client.UnregisterAsync(Ct)).StatusCode);
        Assert.Empty(registrar.Bindings("sip:agent7@127.0.0.1"));
        Assert.Equal(RegistrationState.Unregistered, client.State);
    }

    [Fact]
    public void A_wrong_password_leaves_the_registration_failed()
    {
        var net = new LoopNetwork();
        var store = new CredentialStore("outreach");
        store.Provision("agent7", "s3cret!");
        net.Agent(5060, registrar: new SipRegistrar(new RegistrarOptions(), store, net.Time, [1]));
        var phone = net.Agent(5070);
        using var client = new RegistrationClient(phone, new RegistrationOptions(LoopNetwork.Uri(5060) with { User = null }, "agent7", new SipCredentials("agent7", "nope")));
        Assert.Equal(403, net.Complete(client.RegisterAsync(Ct)).StatusCode);
        Assert.Equal(RegistrationState.Failed, client.State);
    }
}
