using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Telephony.Media;
using Outreach.Telephony.Sdp;

namespace Outreach.Benchmarks.Media;

/// <summary>
/// N calls over loopback: two generator legs per call (our endpoints playing a 1 kHz tone, 20 ms G.711 both ways) in this
/// process, the bridge (or the reference UDP echo) in a child process whose CPU and memory are measured over the window.
///   rtp-load [calls=500] [seconds=20] [servers=sipp,echo,bridge,bridge-paced]
/// "sipp" uses SIPp's -rtp_echo as the far end: a real peer, one socket for every stream.
/// </summary>
internal static class RtpLoadRunner
{
    public static async Task RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
        var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var servers = args.Length > 2 ? args[2].Split(',') : ["sipp", "echo", "bridge", "bridge-paced"];
        Console.WriteLine($"RTP load: {calls} calls = {2 * calls} two-way streams, {seconds} s measured after 3 s warm-up, {Environment.ProcessorCount} cores, " +
            $"load average before: {LoadAverage()}");
        Console.WriteLine("| server | calls | streams | packets through server/s | loss % | late % | server CPU, % of one core (kernel) | server working set MB | server allocated MB | generator CPU (kernel) | mean jitter ms (gen / server) | server clock: ticks skipped / busy per tick | generator clock: skipped / busy |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var server in servers) Console.WriteLine(await RunOneAsync(server, calls, seconds));
        Console.WriteLine($"load average after: {LoadAverage()}");
    }

    /// <summary>The 1-minute load average: other work on the same cores skews every figure here.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static async Task<string> RunOneAsync(string server, int calls, double seconds)
    {
        await using ILoadServer far = server == "sipp" ? new SippServer(calls) : new ChildServer(server, calls);
        var endpoints = LoadLegs.Open(2 * calls, 30000, 39999);
        far.Connect(endpoints.Select(e => e.RtpPort).ToList());

        var random = new Random(5);
        var tone = Prompt.FromSamples(Enumerable.Range(0, 8000).Select(n => (short)(8000 * Math.Sin(2 * Math.PI * 1000 * n / 8000))).ToArray());
        var scheduler = new MediaScheduler(TimeProvider.System, NullLogger<MediaScheduler>.Instance);
        var legs = new List<MediaLeg>();
        for (var i = 0; i < endpoints.Count; i++)
        {
            // The bridge's first leg of a call is PCMU and its second PCMA: the generators match, so the bridge transcodes.
            var leg = LoadLegs.Connect(endpoints[i], far.Ports[i], i % 2 == 0 ? PayloadFormat.Pcmu : PayloadFormat.Pcma, random);
            legs.Add(leg);
            var playback = new MediaPlayback(leg);
            playback.Play(tone, loop: true);
            scheduler.Add(playback);
        }
        using var stop = new CancellationTokenSource();
        var running = scheduler.RunAsync(stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var before = LoadLegs.Totals(legs);
        var clock = ClockStats.Of(scheduler);
        var mark = Usage.Now();
        far.Mark();
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var stats = far.Stats();
        var generator = LoadLegs.Totals(legs).Since(before);
        var generatorUsage = Usage.Now().Since(mark);
        var generatorClock = ClockStats.Of(scheduler).Since(clock);

        await stop.CancelAsync();
        await running;
        foreach (var endpoint in endpoints) await endpoint.DisposeAsync();
        return Row(server, calls, stats, generator, generatorUsage) + $" {stats.Clock.Cell} | {generatorClock.Cell} |";
    }

    private static string Row(string server, int calls, ServerStats s, LegTotals g, Usage generatorUsage)
    {
        // Loss over both hops: generators → server (the server's legs count it; the echo has none) and server → generators.
        var expected = g.Expected + s.Expected;
        var lost = g.Lost + s.Lost;
        var received = g.Received + s.Received;
        var late = g.Late + s.Late;
        var throughput = (server.StartsWith("bridge", StringComparison.Ordinal) ? s.Received : g.Received) / s.Usage.WallSeconds; // packets in to the far end
        return string.Create(CultureInfo.InvariantCulture,
            $"| {server} | {calls} | {2 * calls} | {throughput:N0} | {100.0 * lost / Math.Max(1, expected):F3} | {100.0 * late / Math.Max(1, received):F3} | " +
            $"{s.Usage.CpuCell} | {s.Usage.WorkingSetMb:F0} | {s.Usage.AllocatedMb:F1} | {generatorUsage.CpuCell} | " +
            $"{g.MeanJitterMs:F2} / {s.MeanJitterMs:F2} |");
    }
}
