using Outreach.Campaigns.Targeting.Analysis;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>
/// The hosted worker that runs queued analyses one at a time, off the request path, writing each run's
/// stage and progress to its job row so any page (and a reloaded one) can show it.
/// </summary>
public sealed partial class AnalysisWorker(
    AnalysisJobRepository jobs,
    AnalysisQueue queue,
    IEnumerable<IAnalysisRun> runs,
    TimeProvider time,
    ILogger<AnalysisWorker> logger) : BackgroundService
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ProgressBeat = TimeSpan.FromMilliseconds(500);

    private readonly Dictionary<string, IAnalysisRun> byKind = runs.ToDictionary(r => r.Kind);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interrupted = await jobs.FailInterruptedAsync(stoppingToken);
        if (interrupted > 0)
            LogInterrupted(interrupted);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var job = await jobs.ClaimNextAsync(stoppingToken);
                if (job is null)
                    await queue.WaitAsync(IdlePoll, time, stoppingToken);
                else
                    await RunAsync(job, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly away; the next turn tries again.
                LogLoopFailed(e);
                await Task.Delay(IdlePoll, time, stoppingToken);
            }
        }
    }

    /// <summary>Runs one claimed job to done or failed.</summary>
    internal async Task RunAsync(AnalysisJob job, CancellationToken ct)
    {
        LogStarted(job.Id, job.Kind);
        var progress = new LatestProgress();
        using var runCts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var beat = PublishProgressAsync(job.Id, progress, runCts.Token);
        try
        {
            if (!byKind.TryGetValue(job.Kind, out var run))
                throw new InvalidOperationException($"no runner for analysis kind '{job.Kind}'");
            // The analyses are CPU-bound (ML.NET); keep them off the worker loop's thread.
            var result = await Task.Run(() => run.RunAsync(job, progress, runCts.Token), runCts.Token);
            await StopBeatAsync(runCts, beat);
            await jobs.CompleteAsync(job.Id, result, CancellationToken.None);
            LogFinished(job.Id, job.Kind);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            await StopBeatAsync(runCts, beat);
            LogFailed(e, job.Id, job.Kind);
            await jobs.FailAsync(job.Id, Reason(e), CancellationToken.None);
        }
    }

    private static string Reason(Exception e) => e switch
    {
        InvalidDataException or ArgumentException => e.Message,
        _ => "the run failed unexpectedly; see the server log",
    };

    private async Task PublishProgressAsync(long jobId, LatestProgress progress, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(ProgressBeat, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                if (progress.Take() is { } p)
                    await jobs.ReportProgressAsync(jobId, p.Stage, p.Fraction, ct);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task StopBeatAsync(CancellationTokenSource runCts, Task beat)
    {
        await runCts.CancelAsync();
        await beat;
    }

    [LoggerMessage(LogLevel.Information, "Analysis job {JobId} ({Kind}) started")]
    private partial void LogStarted(long jobId, string kind);

    [LoggerMessage(LogLevel.Information, "Analysis job {JobId} ({Kind}) finished")]
    private partial void LogFinished(long jobId, string kind);

    [LoggerMessage(LogLevel.Error, "Analysis job {JobId} ({Kind}) failed")]
    private partial void LogFailed(Exception e, long jobId, string kind);

    [LoggerMessage(LogLevel.Warning, "{Count} analysis jobs were interrupted by a restart and marked failed")]
    private partial void LogInterrupted(int count);

    [LoggerMessage(LogLevel.Error, "Analysis worker loop failed; retrying")]
    private partial void LogLoopFailed(Exception e);
}
