using Outreach.Dialer.Engine;

namespace Outreach.Web.Engine;

/// <summary>
/// Runs <see cref="CampaignScheduler"/> every few seconds once the host (and so the silo) has started;
/// <c>Scheduler:Enabled</c> false turns it off (tests that drive the scheduler themselves).
/// </summary>
public sealed partial class CampaignSchedulerService(CampaignScheduler scheduler, TimeProvider time, IHostApplicationLifetime lifetime,
    IConfiguration configuration, ILogger<CampaignSchedulerService> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Scheduler:Enabled", true)) return;
        if (!await HostStart.WaitAsync(lifetime, stoppingToken)) return;
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await scheduler.TickAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A database or grain hiccup must not stop the host; the next tick tries again.
                LogTickFailed(log, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken ct)
    {
        try
        {
            return await timer.WaitForNextTickAsync(ct);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The campaign scheduler's tick failed")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
