using BenchmarkDotNet.Attributes;
using Outreach.Dialer.Compliance;
using Outreach.Dialer.Routing;

namespace Outreach.Benchmarks.Engine;

/// <summary>The engine's per-call decisions: the compliance gate, the abandon window and a routing pass over a busy pool.</summary>
[MemoryDiagnoser]
public class EngineCoreBenchmarks
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private readonly ComplianceContext context = ComplianceContext.WithoutDoNotCall(Noon, JurisdictionProfile.UnitedKingdom);
    private readonly AbandonRateWindow window = new(TimeSpan.FromDays(30));
    private AttemptCandidate candidate = null!;
    private long tick;

    [GlobalSetup]
    public void Setup() => candidate = new AttemptCandidate
    {
        CampaignId = 1, SubscriberId = 5, Phone = "+447700900123", TimeZoneId = "Europe/London", CallerId = "+442071234567",
        History = [new(Noon.AddHours(-30)), new(Noon.AddHours(-5))],
    };

    [Benchmark]
    public Verdict Gate_check() => ComplianceGate.Check(candidate, context);

    [Benchmark]
    public AbandonCounts Abandon_window_record_and_read()
    {
        var at = Noon.AddSeconds(tick++);
        window.RecordLiveAnswer(at, abandoned: tick % 40 == 0);
        return window.CountsAt(at);
    }

    /// <summary>200 agents on 3 campaigns, 50 live answers at once: one pass that reserves 50 agents.</summary>
    [Benchmark]
    public int Route_50_calls_over_200_agents()
    {
        var router = new AgentRouter();
        for (var a = 0; a < 200; a++)
        {
            router.Assign(a, [new CampaignAssignment(a % 3, a % 2), new CampaignAssignment((a + 1) % 3)]);
            router.Ready(a, Noon.AddSeconds(-a));
        }
        for (var c = 0; c < 50; c++) router.Offer(new WaitingCall($"c{c}", c % 3, Noon, Noon.AddSeconds(2)));
        return router.Route(Noon).Reserved.Count;
    }
}
