using System.Globalization;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Telephony.Tests.Sip.Interop;

/// <summary>Our UAC and UAS against sipp on loopback.</summary>
public sealed class SippCallTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Our_call_to_sipp_uas_is_answered_and_our_bye_ends_it()
    {
        var port = FreePorts.Udp();
        await using var sipp = Sipp.Start(port, "-sn", "uas", "-m", "1");
        await using var agent = InteropAgent.Start();
        await Task.Delay(200, Ct);
        var call = agent.PlaceCall(new OutgoingCallRequest(InteropAgent.Uri(port)));
        var ringing = false;
        call.Ringing += () => ringing = true;
        var setup = await call.Setup.WaitAsync(Wait, Ct);
        Assert.True(setup.Answered, setup.Reason);
        Assert.True(ringing);
        Assert.Contains("m=audio", System.Text.Encoding.ASCII.GetString(setup.RemoteBody.Span));
        await call.HangUpAsync(Ct);
        Assert.Equal(0, await sipp.WaitForExitAsync(Wait, Ct));
        Assert.Equal(CallEndedBy.Local, await call.Completion);
        Assert.Equal(0, agent.ActiveCalls);
    }

    [Fact]
    public async Task Sipp_uac_calls_our_uas_and_its_bye_ends_the_call()
    {
        await using var agent = InteropAgent.Start();
        var ended = new TaskCompletionSource<CallEndedBy>();
        agent.IncomingCall += call =>
        {
            call.Ended += by => ended.TrySetResult(by);
            call.Ring();
            call.Accept();
        };
        var port = FreePorts.Udp();
        await using var sipp = Sipp.Start(port, "-sn", "uac", "-m", "1", "-d", "200", "-s", "service", agent.LocalEndPoint.Address.ToString());
        Assert.Equal(0, await sipp.WaitForExitAsync(Wait, Ct));
        Assert.Equal(CallEndedBy.Remote, await ended.Task.WaitAsync(Wait, Ct));
        Assert.Equal(0, agent.ActiveCalls);
        Assert.Equal(0, agent.IncomingCalls);
    }

    [Fact]
    public async Task Over_tcp_our_call_to_sipp_uas_is_answered_and_ended()
    {
        var port = FreePorts.Both();
        await using var sipp = Sipp.Start(port, "-t", "t1", "-sn", "uas", "-m", "1");
        await using var agent = InteropAgent.Start(new SipUserAgentOptions { Transport = new() { UdpAddress = "127.0.0.1:0", TcpAddress = "127.0.0.1:0" } });
        await Task.Delay(200, Ct);
        var target = InteropAgent.Uri(port).WithParameter("transport", "tcp");
        var call = agent.PlaceCall(new OutgoingCallRequest(target));
        var setup = await call.Setup.WaitAsync(Wait, Ct);
        Assert.True(setup.Answered, setup.Reason);
        await call.HangUpAsync(Ct);
        Assert.Equal(0, await sipp.WaitForExitAsync(Wait, Ct));
    }

    [Fact]
    public async Task Over_tcp_sipp_uac_calls_our_uas_and_hangs_up()
    {
        await using var agent = InteropAgent.Start(new SipUserAgentOptions { Transport = new() { UdpAddress = "127.0.0.1:0", TcpAddress = "127.0.0.1:0" } });
        var ended = new TaskCompletionSource<CallEndedBy>();
        agent.IncomingCall += call =>
        {
            call.Ended += by => ended.TrySetResult(by);
            call.Accept();
        };
        await using var sipp = Sipp.Start(FreePorts.Both(), "-t", "t1", "-sn", "uac", "-m", "1", "-s", "service", agent.TcpEndPoint!.Address.ToString());
        Assert.Equal(0, await sipp.WaitForExitAsync(Wait, Ct));
        Assert.Equal(CallEndedBy.Remote, await ended.Task.WaitAsync(Wait, Ct));
    }

    [Fact]
    public async Task A_call_ringing_past_our_ring_limit_is_cancelled_as_no_answer()
    {
        var port = FreePorts.Udp();
        await using var sipp = Sipp.Start(port, "-sf", Sipp.ScenarioPath("uas-ring-until-cancel.xml"), "-m", "1");
        await using var agent = InteropAgent.Start();
        await Task.Delay(200, Ct);
        var call = agent.PlaceCall(new OutgoingCallRequest(InteropAgent.Uri(port)) { RingTimeout = TimeSpan.FromSeconds(1) });
        var setup = await call.Setup.WaitAsync(Wait, Ct);
        Assert.Equal((NetworkOutcome.NoAnswer, 487), (setup.Outcome, setup.StatusCode));
        Assert.Equal(0, await sipp.WaitForExitAsync(Wait, Ct));
    }

    [Theory]
    [InlineData(486, "Busy Here", NetworkOutcome.Busy)]
    [InlineData(404, "Not Found", NetworkOutcome.Invalid)]
    [InlineData(503, "Service Unavailable", NetworkOutcome.Congestion)]
    public async Task A_refusal_from_sipp_maps_to_the_network_outcome(int status, string reason, NetworkOutcome outcome)
    {
        var port = FreePorts.Udp();
        await using var sipp = Sipp.StartScenario(port, "uas-refuse.xml",
            new Dictionary<string, string> { ["STATUS"] = status.ToString(CultureInfo.InvariantCulture), ["REASON"] = reason }, "-m", "1");
        await using var agent = InteropAgent.Start();
        await Task.Delay(200, Ct);
        var call = agent.PlaceCall(new OutgoingCallRequest(InteropAgent.Uri(port)));
        var setup = await call.Setup.WaitAsync(Wait, Ct);
        Assert.Equal((outcome, status, reason), (setup.Outcome, setup.StatusCode, setup.Reason));
        Assert.Equal(0, await sipp.WaitForExitAsync(Wait, Ct));
    }
}
