using Outreach.Telephony.Sip.UserAgent;
using Outreach.Telephony.Tests.Sip.Support;

namespace Outreach.Telephony.Tests.Sip.UserAgent;

public sealed class CallBatchTests
{
    [Fact]
    public void A_batch_places_every_call_at_its_rate_and_counts_outcomes_by_stored_name()
    {
        var net = new LoopNetwork();
        var callee = net.Agent(5080);
        var offered = 0;
        callee.IncomingCall += call => { if (++offered % 3 == 0) call.Reject(486); else call.Accept(); };
        var caller = net.Agent(5070);
        var batch = CallBatch.RunAsync(caller, new CallBatchOptions(LoopNetwork.Uri(5080), 9, 3, 2), net.Time, TestContext.Current.CancellationToken);
        for (var i = 0; i < 200 && !batch.IsCompleted; i++)
        {
            net.Run(TimeSpan.FromMilliseconds(100));
        }
        net.WaitUntil(() => batch.IsCompleted);
        var result = batch.Result;
        Assert.Equal((9, 6, 3), (result.Attempted, result.Answered, result.Failed));
        Assert.Equal(6, result.Outcomes["answered"]);
        Assert.Equal(3, result.Outcomes["busy"]);
        // Never faster than asked (9 calls over 8 intervals of 1/3 s); slower only if the pool runs a step late.
        Assert.InRange(result.CallsPerSecond, 1, 3.4);
        Assert.Equal(0, caller.ActiveCalls + callee.ActiveCalls);
    }

    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        double[] values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        Assert.Equal(5, CallBatch.Percentile(values, 0.5));
        Assert.Equal(10, CallBatch.Percentile(values, 0.99));
        Assert.Equal(0, CallBatch.Percentile([], 0.99));
    }
}
