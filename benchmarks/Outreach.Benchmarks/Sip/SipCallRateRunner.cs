using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Telephony.Sip.Messages;
using Outreach.Telephony.Sip.Transport;
using Outreach.Telephony.Sip.UserAgent;

namespace Outreach.Benchmarks.Sip;

/// <summary>
/// Calls per second against `sipp -sn uas` on loopback: our user agent (CallBatch) and then sipp's own UAC (`sipp -sn uac`)
/// at the same rate, count and concurrency, each against a fresh sipp UAS (ours after a 300-call warm-up). Prints one JSON line per side.
/// Usage: sip-cps [calls=3000] [rate=300] [concurrency=200]
/// </summary>
public static class SipCallRateRunner
{
    public static async Task RunAsync(string[] args)
    {
        var calls = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3000;
        var rate = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        Console.WriteLine(JsonSerializer.Serialize(await OursAsync(calls, rate, concurrency)));
        Console.WriteLine(JsonSerializer.Serialize(await SippsAsync(calls, rate, concurrency)));
    }

    private static async Task<object> OursAsync(int calls, double rate, int concurrency)
    {
        var port = FreeUdpPort();
        using var uas = StartSipp(port, "-sn", "uas");
        await Task.Delay(500);
        var options = new SipUserAgentOptions { Transport = new SipTransportOptions { UdpAddress = "127.0.0.1:0", MessagesPerSecondPerSource = 1e6, BurstPerSource = 1e6 } };
        await using var agent = SipUserAgent.Start(options, NullLoggerFactory.Instance, TimeProvider.System, () => new FixedSdpSession());
        var target = SipUri.ForSip("service", "127.0.0.1", port);
        // A warm-up batch first: JIT and socket buffers, not the stack, would otherwise own the p99.
        await CallBatch.RunAsync(agent, new CallBatchOptions(target, Math.Min(300, calls), rate, concurrency), TimeProvider.System, CancellationToken.None);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var result = await CallBatch.RunAsync(agent, new CallBatchOptions(target, calls, rate, concurrency), TimeProvider.System, CancellationToken.None);
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Kill(uas);
        return new
        {
            side = "outreach-uac", attempted = result.Attempted, answered = result.Answered, failed = result.Failed, outcomes = result.Outcomes,
            callsPerSecond = Math.Round(result.CallsPerSecond, 1), setupP50Ms = Math.Round(result.SetupP50Ms, 2), setupP99Ms = Math.Round(result.SetupP99Ms, 2),
            cpuSeconds = Math.Round(cpuSeconds, 2), workingSetMb = Process.GetCurrentProcess().WorkingSet64 >> 20,
        };
    }

    // sipp's UAC at the same settings; response times from its -trace_rtt file (INVITE sent to 200 received).
    private static async Task<object> SippsAsync(int calls, double rate, int concurrency)
    {
        var port = FreeUdpPort();
        using var uas = StartSipp(port, "-sn", "uas");
        await Task.Delay(500);
        var folder = Directory.CreateTempSubdirectory("outreach-sipp-").FullName;
        var watch = Stopwatch.StartNew();
        using var uac = StartSippIn(folder, FreeUdpPort(), "-sn", "uac", "-r", rate.ToString(CultureInfo.InvariantCulture), "-m", calls.ToString(CultureInfo.InvariantCulture),
            "-l", concurrency.ToString(CultureInfo.InvariantCulture), "-trace_rtt", "-rtt_freq", "1", "-trace_stat", "-fd", "1", "127.0.0.1:" + port);
        await uac.WaitForExitAsync();
        var elapsed = watch.Elapsed.TotalSeconds;
        Kill(uas);
        var rtts = Directory.GetFiles(folder, "*_rtt.csv").SelectMany(File.ReadLines).Skip(1)
            .Select(l => l.Split(';')).Where(p => p.Length > 1 && double.TryParse(p[1], CultureInfo.InvariantCulture, out _))
            .Select(p => double.Parse(p[1], CultureInfo.InvariantCulture)).Order().ToList();
        var (ok, failed) = LastStats(folder);
        Directory.Delete(folder, true);
        return new
        {
            side = "sipp-uac", attempted = ok + failed, answered = ok, failed, exitCode = uac.ExitCode,
            callsPerSecond = Math.Round((ok + failed) / elapsed, 1),
            setupP50Ms = Math.Round(CallBatch.Percentile(rtts, 0.5), 2), setupP99Ms = Math.Round(CallBatch.Percentile(rtts, 0.99), 2),
        };
    }

    private static (int Ok, int Failed) LastStats(string folder)
    {
        var file = Directory.GetFiles(folder, "*_.csv").FirstOrDefault();
        if (file is null) return (0, 0);
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(';');
        var last = lines[^1].Split(';');
        int Column(string name) => int.Parse(last[Array.IndexOf(header, name)], CultureInfo.InvariantCulture);
        return (Column("SuccessfulCall(C)"), Column("FailedCall(C)"));
    }

    private static Process StartSipp(int port, params string[] args) => StartSippIn(Path.GetTempPath(), port, args);

    private static Process StartSippIn(string folder, int port, params string[] args)
    {
        var info = new ProcessStartInfo("sipp") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in new[] { "-i", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-cp", FreeUdpPort().ToString(CultureInfo.InvariantCulture),
                     "-mp", FreeUdpPort().ToString(CultureInfo.InvariantCulture), "-nostdin", "-timeout", "120" }.Concat(args)) info.ArgumentList.Add(a);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Kill(Process process)
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit(5000);
    }

    private static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>A fixed PCMU offer; answers are taken as they come (signalling only).</summary>
    private sealed class FixedSdpSession : ISessionBody
    {
        private static readonly byte[] Offer = Encoding.ASCII.GetBytes("v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n");

        public string ContentType => "application/sdp";

        public ReadOnlyMemory<byte> CreateOffer() => Offer;

        public SessionAnswer Answer(ReadOnlyMemory<byte> offer) => SessionAnswer.With(Offer);

        public bool Accept(ReadOnlyMemory<byte> answer) => true;
    }
}
