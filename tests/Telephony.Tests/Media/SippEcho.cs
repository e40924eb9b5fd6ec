using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Outreach.Telephony.Tests.Media;

/// <summary>A real peer: SIPp (Debian's sip-tester) as a UAS with -rtp_echo, echoing RTP on a media port chosen at run time. Killed by its PID.</summary>
internal sealed class SippEcho : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private SippEcho(Process process, string folder, int mediaPort)
    {
        _process = process;
        _folder = folder;
        MediaPort = mediaPort;
    }

    public int MediaPort { get; }

    public static async Task<SippEcho> StartAsync()
    {
        var (sipPort, mediaPort) = FreePorts();
        var folder = Directory.CreateTempSubdirectory("outreach-sipp-").FullName;
        var start = new ProcessStartInfo("sipp")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-sn", "uas", "-i", "127.0.0.1", "-p", sipPort.ToString(), "-mi", "127.0.0.1",
                     "-mp", mediaPort.ToString(), "-rtp_echo", "-nostdin", "-timeout", "60s" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("sipp did not start (apt-get install sip-tester)");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var echo = new SippEcho(process, folder, mediaPort);
        await echo.WaitUntilEchoingAsync();
        return echo;
    }

    /// <summary>Probes until a datagram comes back (SIPp binds its echo socket shortly after starting).</summary>
    private async Task WaitUntilEchoingAsync()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var buffer = new byte[64];
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"sipp exited with {_process.ExitCode}");
            probe.SendTo(new byte[] { 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, new IPEndPoint(IPAddress.Loopback, MediaPort));
            using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            try
            {
                await probe.ReceiveAsync(buffer, SocketFlags.None, wait.Token);
                return;
            }
            catch (OperationCanceledException)
            {
            }
        }
        throw new InvalidOperationException("sipp never echoed on its media port");
    }

    /// <summary>A SIP port and an even media port with media+2 (SIPp's video echo) free, probed by binding.</summary>
    private static (int Sip, int Media) FreePorts()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var media = 40000 + 2 * Random.Shared.Next(0, 9000);
            if (CanBind(media) && CanBind(media + 2) && CanBind(media + 4)) return (media + 4, media);
        }
        throw new InvalidOperationException("no free ports for sipp");
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
