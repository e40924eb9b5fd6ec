using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Outreach.Campaigns.Dialling;

namespace Outreach.Dialer.Engine;

/// <summary>
/// Gathers the engine's writes (outcomes, dispositions, entry moves, agent state spans) and hands them to the
/// <see cref="DiallingJournal"/> in batches, so a grain never waits on the database for them. Writes keep their order.
/// A failed batch is retried; <see cref="FlushAsync"/> waits until everything queued before it is written.
/// </summary>
public sealed partial class JournalWriter(DiallingJournal journal, IOptions<EngineOptions> options, ILogger<JournalWriter> logger)
    : BackgroundService
{
    private readonly Channel<object> queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    public void Add(AttemptOutcome outcome) => queue.Writer.TryWrite(outcome);

    public void Add(AttemptDisposition disposition) => queue.Writer.TryWrite(disposition);

    public void Add(EntryMove move) => queue.Writer.TryWrite(move);

    public void Add(EntryDeferral deferral) => queue.Writer.TryWrite(deferral);

    public void Add(AgentStateSpan span) => queue.Writer.TryWrite(span);

    /// <summary>Completes once everything added before this call is in the database.</summary>
    public Task FlushAsync()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.Writer.TryWrite(done)) done.TrySetResult();
        return done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(options.Value.JournalFlushMilliseconds);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(delay, stoppingToken);
                await WriteWhatIsQueuedAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await WriteWhatIsQueuedAsync(CancellationToken.None);
        }
    }

    private async Task WriteWhatIsQueuedAsync(CancellationToken ct)
    {
        var batch = new JournalBatch();
        var flushes = new List<TaskCompletionSource>();
        while (batch.Count < 5_000 && queue.Reader.TryRead(out var item))
        {
            switch (item)
            {
                case AttemptOutcome o: batch.Outcomes.Add(o); break;
                case AttemptDisposition d: batch.Dispositions.Add(d); break;
                case EntryMove m: batch.EntryMoves.Add(m); break;
                case EntryDeferral f: batch.Deferrals.Add(f); break;
                case AgentStateSpan s: batch.AgentStates.Add(s); break;
                case TaskCompletionSource flush: flushes.Add(flush); break;
            }
        }
        await WriteWithRetryAsync(batch, ct);
        foreach (var flush in flushes) flush.TrySetResult();
    }

    private async Task WriteWithRetryAsync(JournalBatch batch, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await journal.WriteAsync(batch, ct);
                return;
            }
            catch (Exception ex) when (attempt < 5 && !ct.IsCancellationRequested)
            {
                LogRetry(logger, ex, batch.Count, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Journal batch of {Count} changes failed (try {Attempt}); retrying")]
    private static partial void LogRetry(ILogger logger, Exception ex, int count, int attempt);
}
