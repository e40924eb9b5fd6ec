using System.Diagnostics;

namespace Outreach.AnswerClassification.Tests.Corpus;

/// <summary>Runs sox and espeak-ng as child processes, each bounded in time, failing with their standard error.</summary>
internal static class Sox
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>A sox input that generates 22 050 Hz mono audio with the given effects (a gap or a tone).</summary>
    public static string Pipe(string effects) => $"|sox -n -r 22050 -c 1 -b 16 -p {effects}";

    public static Task RunAsync(IReadOnlyList<string> arguments, CancellationToken ct) => RunToolAsync("sox", ["-V1", .. arguments], ct);

    public static async Task RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Limit);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        await Task.WhenAll(error, output);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result.Trim()}");
    }
}
