using System.Net;
using Microsoft.Extensions.Time.Testing;
using Outreach.Telephony.Sip.Transport;

namespace Outreach.Telephony.Tests.Sip.Transport;

public sealed class SourceRateLimitTests
{
    private static readonly IPAddress A = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress B = IPAddress.Parse("127.0.0.3");

    [Fact]
    public void A_source_gets_its_burst_then_is_limited_once_then_dropped()
    {
        var limit = new SourceRateLimit(10, 5, new FakeTimeProvider());
        var verdicts = Enumerable.Range(0, 8).Select(_ => limit.Admit(A)).ToList();
        Assert.Equal(5, verdicts.Count(v => v == SourceRateLimit.Verdict.Admitted));
        Assert.Equal(SourceRateLimit.Verdict.StartedLimiting, verdicts[5]);
        Assert.Equal([SourceRateLimit.Verdict.Dropped, SourceRateLimit.Verdict.Dropped], verdicts[6..]);
    }

    [Fact]
    public void Tokens_come_back_at_the_steady_rate_and_other_sources_are_unaffected()
    {
        var time = new FakeTimeProvider();
        var limit = new SourceRateLimit(10, 5, time);
        for (var i = 0; i < 6; i++) limit.Admit(A);
        Assert.Equal(SourceRateLimit.Verdict.Admitted, limit.Admit(B));
        time.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal(SourceRateLimit.Verdict.Admitted, limit.Admit(A));
        Assert.Equal(SourceRateLimit.Verdict.Admitted, limit.Admit(A));
        Assert.NotEqual(SourceRateLimit.Verdict.Admitted, limit.Admit(A));
    }

    [Fact]
    public void A_flood_at_the_steady_rate_is_reported_once_until_the_source_calms_down()
    {
        var time = new FakeTimeProvider();
        var limit = new SourceRateLimit(10, 5, time);
        var verdicts = new List<SourceRateLimit.Verdict>();
        for (var i = 0; i < 100; i++)
        {
            verdicts.Add(limit.Admit(A));
            time.Advance(TimeSpan.FromMilliseconds(50));
        }
        Assert.Equal(1, verdicts.Count(v => v == SourceRateLimit.Verdict.StartedLimiting));
        time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 5; i++) Assert.Equal(SourceRateLimit.Verdict.Admitted, limit.Admit(A));
        Assert.Equal(SourceRateLimit.Verdict.StartedLimiting, limit.Admit(A));
    }

    [Fact]
    public void Spoofed_sources_never_grow_the_table_past_its_bound()
    {
        var limit = new SourceRateLimit(10, 5, new FakeTimeProvider(), maxSources: 100);
        for (var i = 0; i < 1_000; i++) limit.Admit(new IPAddress([10, 0, (byte)(i >> 8), (byte)i]));
        Assert.True(limit.Sources <= 100);
    }
}
