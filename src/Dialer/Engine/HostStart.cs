using Microsoft.Extensions.Hosting;

namespace Outreach.Dialer.Engine;

/// <summary>For background services that call grains: wait until the host (and so the silo) has started.</summary>
public static class HostStart
{
    /// <summary>True once the host has started; false when it stops first.</summary>
    public static async Task<bool> WaitAsync(IHostApplicationLifetime lifetime, CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var stopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
