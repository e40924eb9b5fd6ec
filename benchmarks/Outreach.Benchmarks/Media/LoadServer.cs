using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Outreach.Benchmarks.Media;

/// <summary>The far end of the load: where the generator legs send, and what it reports about itself.</summary>
internal interface ILoadServer : IAsyncDisposable
{
    /// <summary>The RTP port each generator leg sends to, in leg order.</summary>
    int[] Ports { get; }

    void Connect(IReadOnlyList<int> generatorPorts);

    void Mark();

    ServerStats Stats();
}

/// <summary>Our bridge or our UDP echo in a child process of this program, driven over its stdin/stdout.</summary>
internal sealed class ChildServer : ILoadServer
{
    private readonly Process _child;

    public ChildServer(string mode, int calls)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(ChildServer).Assembly.Location);
        start.ArgumentList.Add("rtp-serve");
        start.ArgumentList.Add(mode);
        _child = Process.Start(start) ?? throw new InvalidOperationException("could not start the server process");
        Send($"open {calls}");
        Ports = Read("ports").Split(' ').Select(int.Parse).ToArray();
    }

    public int[] Ports { get; }

    public void Connect(IReadOnlyList<int> generatorPorts)
    {
        Send("connect " + string.Join(' ', generatorPorts));
        Read("ready");
    }

    public void Mark()
    {
        Send("mark");
        Read("marked");
    }

    public ServerStats Stats()
    {
        Send("stats");
        return JsonSerializer.Deserialize<ServerStats>(Read("stats"))!;
    }

    public async ValueTask DisposeAsync()
    {
        Send("quit");
        await _child.WaitForExitAsync();
        _child.Dispose();
    }

    private void Send(string line)
    {
        _child.StandardInput.WriteLine(line);
        _child.StandardInput.Flush();
    }

    private string Read(string prefix)
    {
        var line = _child.StandardOutput.ReadLine() ?? throw new InvalidOperationException($"the server ended before '{prefix}'");
        if (!line.StartsWith(prefix, StringComparison.Ordinal)) throw new InvalidOperationException($"expected '{prefix}', got '{line}'");
        return line[prefix.Length..].Trim();
    }
}

/// <summary>A real peer as the reference: SIPp's -rtp_echo (one socket for every stream), measured from outside by its PID.</summary>
internal sealed class SippServer : ILoadServer
{
    private readonly Process _sipp;
    private readonly string _folder;
    private Usage? _mark;

    public SippServer(int calls)
    {
        var media = FreeEvenPort();
        _folder = Directory.CreateTempSubdirectory("outreach-sipp-load-").FullName;
        var start = new ProcessStartInfo("sipp") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-sn", "uas", "-i", "127.0.0.1", "-p", (media + 4).ToString(), "-mi", "127.0.0.1", "-mp", media.ToString(),
                     "-rtp_echo", "-nostdin" })
            start.ArgumentList.Add(arg);
        _sipp = Process.Start(start) ?? throw new InvalidOperationException("sipp did not start (apt-get install sip-tester)");
        _ = _sipp.StandardOutput.ReadToEndAsync();
        _ = _sipp.StandardError.ReadToEndAsync();
        Thread.Sleep(1000); // SIPp binds its echo socket shortly after start
        Ports = Enumerable.Repeat(media, 2 * calls).ToArray();
    }

    public int[] Ports { get; }

    public void Connect(IReadOnlyList<int> generatorPorts)
    {
    }

    public void Mark() => _mark = Measure();

    public ServerStats Stats() => new(Measure().Since(_mark!), 0, 0, 0, 0, 0, new ClockStats(0, 0, 0, 0));

    private Usage Measure()
    {
        _sipp.Refresh();
        return new Usage(_sipp.TotalProcessorTime.TotalSeconds, Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency,
            _sipp.WorkingSet64 / 1048576.0, 0, 0, 0, 0) { SystemSeconds = _sipp.PrivilegedProcessorTime.TotalSeconds };
    }

    private static int FreeEvenPort()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var port = 40000 + 2 * Random.Shared.Next(0, 9000);
            try
            {
                using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
            }
        }
        throw new InvalidOperationException("no free port for sipp");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_sipp.HasExited) _sipp.Kill(); // only the SIPp this runner started, by its PID
        await _sipp.WaitForExitAsync();
        _sipp.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
