using BenchmarkDotNet.Attributes;
using Outreach.Campaigns.Demo;

namespace Outreach.Benchmarks.Platform;

/// <summary>How fast the seeded demo generator makes subscribers (without the database).</summary>
[MemoryDiagnoser]
public class DemoDataBenchmarks
{
    [Benchmark(Description = "Generate 10,000 demo subscribers with facts")]
    public int Generate10k() =>
        new DemoDataGenerator(42, new DateOnly(2026, 11, 24)).Generate(1, 10_000).Count(s => s.Facts is not null);
}
