using System.Text.Json;
using Outreach.Campaigns.Targeting.Analysis;

namespace Outreach.Web.Targeting.Analysis;

/// <summary>Where the pages ask for a run: queues the job row and wakes the worker.</summary>
public sealed class AnalysisQueue(AnalysisJobRepository jobs)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim signal = new(0);

    /// <summary>The new job's id, or the reason it was refused (one of this kind is queued or running).</summary>
    public async Task<(long? JobId, string? Refusal)> RequestAsync(string kind, object parameters, string actor, CancellationToken ct)
    {
        var id = await jobs.TryEnqueueAsync(kind, JsonSerializer.Serialize(parameters, Json), actor, ct);
        if (id is null)
            return (null, "A run is already in progress; wait for it to finish before starting another.");
        signal.Release();
        return (id, null);
    }

    /// <summary>Waits until a job is queued or the timeout passes (jobs queued by another process are found by polling).</summary>
    internal async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        using var timeoutCts = new CancellationTokenSource(timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutCts.Token);
        try
        {
            await signal.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
        }
    }
}
