using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Outreach.Telephony.Tests.Sip.Interop;

/// <summary>A real SIP peer (sipp, kamailio, baresip) started by a test in its own temporary folder; disposing kills it (and only it) and removes the folder.</summary>
internal sealed class PeerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private PeerProcess(Process process, string folder)
    {
        _process = process;
        Folder = folder;
    }

    /// <summary>The process's working folder.</summary>
    public string Folder { get; }

    /// <summary>Everything it printed so far.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>True once it exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the program in a new temporary folder, after <paramref name="prepare"/> wrote what it needs there (configs, scenarios).</summary>
    public static PeerProcess Start(string program, IEnumerable<string> arguments, Action<string>? prepare = null)
    {
        var path = "/usr/bin/" + program;
        if (!File.Exists(path) && !File.Exists(path = "/usr/sbin/" + program))
            throw new FileNotFoundException(program + " is not installed (test.sh installs it: sip-tester, kamailio, baresip)", program);
        var folder = Directory.CreateTempSubdirectory("outreach-sip-").FullName;
        prepare?.Invoke(folder);
        var info = new ProcessStartInfo(path) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var peer = new PeerProcess(process, folder);
        process.OutputDataReceived += (_, e) => peer.Append(e.Data);
        process.ErrorDataReceived += (_, e) => peer.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return peer;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>Waits for the exit code; kills the process and fails when it takes longer than the timeout.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException(_process.StartInfo.FileName + " did not exit within " + timeout + ":\n" + Output);
        }
        return _process.ExitCode;
    }

    /// <summary>Waits until the output holds the text (a peer saying it is ready).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
                throw new TimeoutException("'" + text + "' not seen from " + _process.StartInfo.FileName + ":\n" + Output);
            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>Writes a line to the process's standard input (baresip commands).</summary>
    public Task SendLineAsync(string line) => _process.StandardInput.WriteLineAsync(line);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (InvalidOperationException) { }
        _process.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>Free loopback ports chosen at run time (bind port 0, read it, release it).</summary>
internal static class FreePorts
{
    public static int Udp()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>A port free for both UDP and TCP.</summary>
    public static int Both()
    {
        for (var i = 0; i < 50; i++)
        {
            var port = Udp();
            try
            {
                using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                tcp.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException) { }
        }
        throw new InvalidOperationException("no free port");
    }
}
