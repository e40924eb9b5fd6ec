using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Telephony.Media;
using Outreach.Telephony.Sdp;

namespace Outreach.Benchmarks.Media;

/// <summary>
/// The process under measurement, driven over stdin/stdout by <see cref="RtpLoadRunner"/>: "bridge" (relaying) and
/// "bridge-paced" bridge pairs of legs (PCMU on one side, PCMA on the other, so every frame is transcoded) on our
/// stack; "echo" is the reference, a
/// plain UDP echo on as many sockets (what the machine and .NET sockets do with no media work at all).
/// </summary>
internal static class RtpLoadServer
{
    public static async Task RunAsync(string mode)
    {
        var calls = int.Parse(Expect("open"), CultureInfo.InvariantCulture);
        var bridging = mode.StartsWith("bridge", StringComparison.Ordinal);
        var bridgeMode = mode == "bridge-paced" ? BridgeMode.Paced : BridgeMode.Relay;
        var endpoints = bridging ? null : EchoSockets(2 * calls);
        var bridgeEndpoints = bridging ? LoadLegs.Open(2 * calls, 20000, 29999) : null;
        var ports = bridgeEndpoints?.Select(e => e.RtpPort) ?? endpoints!.Select(s => ((IPEndPoint)s.LocalEndPoint!).Port);
        Console.WriteLine("ports " + string.Join(' ', ports));
        var peers = Expect("connect").Split(' ').Select(int.Parse).ToArray();
        using var stop = new CancellationTokenSource();
        var scheduler = new MediaScheduler(TimeProvider.System, NullLogger<MediaScheduler>.Instance);
        var legs = new List<MediaLeg>();
        Task running;
        if (bridgeEndpoints is not null)
        {
            var random = new Random(11);
            for (var call = 0; call < calls; call++)
            {
                var a = LoadLegs.Connect(bridgeEndpoints[2 * call], peers[2 * call], PayloadFormat.Pcmu, random);
                var b = LoadLegs.Connect(bridgeEndpoints[2 * call + 1], peers[2 * call + 1], PayloadFormat.Pcma, random);
                legs.Add(a);
                legs.Add(b);
                scheduler.Add(new MediaBridge(a, b, mode: bridgeMode));
            }
            running = scheduler.RunAsync(stop.Token);
        }
        else
        {
            running = Task.WhenAll(endpoints!.Select(s => Task.Run(() => EchoAsync(s, stop.Token))));
        }
        Console.WriteLine("ready");
        Expect("mark");
        var mark = Usage.Now();
        var before = LoadLegs.Totals(legs);
        var clock = ClockStats.Of(scheduler);
        Console.WriteLine("marked");
        Expect("stats");
        var usage = Usage.Now().Since(mark);
        var totals = LoadLegs.Totals(legs).Since(before);
        Console.WriteLine("stats " + JsonSerializer.Serialize(new ServerStats(usage, totals.Received, totals.Expected, totals.Lost, totals.Late,
            totals.MeanJitterMs, ClockStats.Of(scheduler).Since(clock))));
        Expect("quit");
        await stop.CancelAsync();
        endpoints?.ForEach(socket => socket.Dispose()); // ends the echo loops' waits
        await running;
    }

    private static string Expect(string command)
    {
        var line = Console.ReadLine() ?? throw new InvalidOperationException($"stdin closed waiting for '{command}'");
        if (!line.StartsWith(command, StringComparison.Ordinal)) throw new InvalidOperationException($"expected '{command}', got '{line}'");
        return line[command.Length..].Trim();
    }

    private static List<Socket> EchoSockets(int count)
    {
        var sockets = new List<Socket>();
        for (var i = 0; i < count; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = 256 * 1024 };
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            sockets.Add(socket);
        }
        return sockets;
    }

    /// <summary>The reference: every datagram goes straight back to its source, with the same allocation-free socket calls as our endpoint.</summary>
    private static async Task EchoAsync(Socket socket, CancellationToken cancellationToken)
    {
        var buffer = GC.AllocateArray<byte>(2048, pinned: true);
        var from = new SocketAddress(AddressFamily.InterNetwork);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var n = await socket.ReceiveFromAsync(buffer, SocketFlags.None, from, CancellationToken.None);
                socket.SendTo(buffer.AsSpan(0, n), SocketFlags.None, from);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException || cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (SocketException)
            {
            }
        }
    }
}

/// <summary>What the server reports: its own CPU and memory over the measured window and its legs' reception.</summary>
internal sealed record ServerStats(Usage Usage, long Received, long Expected, long Lost, long Late, double MeanJitterMs, ClockStats Clock);

/// <summary>The media clock over a window: lane ticks run, run late, skipped, and the time spent in them.</summary>
internal sealed record ClockStats(long Ticks, long CatchUps, long Skipped, double BusyMs)
{
    public static ClockStats Of(MediaScheduler scheduler) =>
        new(scheduler.Ticks, scheduler.CatchUps, scheduler.Skipped, scheduler.Busy.TotalMilliseconds);

    public ClockStats Since(ClockStats start) =>
        new(Ticks - start.Ticks, CatchUps - start.CatchUps, Skipped - start.Skipped, BusyMs - start.BusyMs);

    /// <summary>Share of the 20 ms ticks that were skipped because the process did not get the CPU in time.</summary>
    public double SkippedPercent => Ticks + Skipped == 0 ? 0 : 100.0 * Skipped / (Ticks + Skipped);

    public double BusyMsPerTick => Ticks == 0 ? 0 : BusyMs / Ticks;

    public string Cell => Ticks == 0 ? "–" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{SkippedPercent:F1} % / {BusyMsPerTick:F2} ms");
}

/// <summary>CPU time, wall time, memory and allocation of this process between two moments.</summary>
internal sealed record Usage(double CpuSeconds, double WallSeconds, double WorkingSetMb, double HeapMb, double AllocatedMb, int Gen0, int Gen2)
{
    /// <summary>The kernel's part of <see cref="CpuSeconds"/> (system calls: the sockets).</summary>
    public double SystemSeconds { get; init; }

    public static Usage Now()
    {
        using var self = Process.GetCurrentProcess();
        return new Usage(self.TotalProcessorTime.TotalSeconds, Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency,
            self.WorkingSet64 / 1048576.0, GC.GetTotalMemory(false) / 1048576.0, GC.GetTotalAllocatedBytes() / 1048576.0,
            GC.CollectionCount(0), GC.CollectionCount(2)) { SystemSeconds = self.PrivilegedProcessorTime.TotalSeconds };
    }

    public Usage Since(Usage start) => this with
    {
        CpuSeconds = CpuSeconds - start.CpuSeconds, SystemSeconds = SystemSeconds - start.SystemSeconds, WallSeconds = WallSeconds - start.WallSeconds,
        AllocatedMb = AllocatedMb - start.AllocatedMb, Gen0 = Gen0 - start.Gen0, Gen2 = Gen2 - start.Gen2,
    };

    /// <summary>CPU as a share of one core (100 % = one core busy).</summary>
    public double CpuPercentOfCore => WallSeconds <= 0 ? 0 : 100 * CpuSeconds / WallSeconds;

    public double SystemPercentOfCore => WallSeconds <= 0 ? 0 : 100 * SystemSeconds / WallSeconds;

    /// <summary>"total (kernel)" in % of one core.</summary>
    public string CpuCell => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{CpuPercentOfCore:F0} ({SystemPercentOfCore:F0})");
}
