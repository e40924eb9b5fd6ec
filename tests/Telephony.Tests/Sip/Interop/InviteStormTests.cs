using Outreach.Telephony.Sip.Transactions;
using Outreach.Telephony.Sip.Transport;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Telephony.Tests.Sip.Interop;

/// <summary>An INVITE storm over real UDP sockets beyond the callee's limit: the excess gets 503, the rest are answered, and every call and transaction is gone afterwards.</summary>
public sealed class InviteStormTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_storm_beyond_the_incoming_limit_gets_503_and_leaves_no_call_or_transaction_behind()
    {
        // A short T1 so the 64·T1 lingering timers end within the test.
        var timers = new SipTimerOptions { T1 = TimeSpan.FromMilliseconds(20), T4 = TimeSpan.FromMilliseconds(200), TimerD = TimeSpan.FromMilliseconds(200) };
        var transport = new SipTransportOptions { UdpAddress = "127.0.0.1:0", MessagesPerSecondPerSource = 1e5, BurstPerSource = 1e5 };
        await using var callee = InteropAgent.Start(new SipUserAgentOptions { Timers = timers, Transport = transport, MaxIncomingCalls = 10, RetryAfterSeconds = 3 });
        callee.IncomingCall += call =>
        {
            call.Ring();
            _ = Task.Delay(150, Ct).ContinueWith(_ => call.Accept(), TaskScheduler.Default);
        };
        await using var caller = InteropAgent.Start(new SipUserAgentOptions { Timers = timers, Transport = transport });

        var result = await CallBatch.RunAsync(caller, new CallBatchOptions(InteropAgent.Uri(callee.LocalEndPoint.Address.Port), 100, 2_000, 100), TimeProvider.System, Ct)
            .WaitAsync(TimeSpan.FromSeconds(20), Ct);

        Assert.Equal(100, result.Attempted);
        Assert.True(result.Answered >= 10, result.Answered + " answered");
        Assert.Equal(result.Failed, result.Outcomes.GetValueOrDefault("congestion"));
        Assert.True(result.Failed > 0);
        for (var i = 0; i < 200 && Alive(caller, callee) > 0; i++) await Task.Delay(50, Ct);
        Assert.Equal(0, Alive(caller, callee));
        Assert.Equal(0, callee.IncomingCalls);
    }

    private static int Alive(SipUserAgent a, SipUserAgent b) =>
        a.ActiveCalls + b.ActiveCalls + a.Layer.ClientCount + a.Layer.ServerCount + b.Layer.ClientCount + b.Layer.ServerCount;
}
