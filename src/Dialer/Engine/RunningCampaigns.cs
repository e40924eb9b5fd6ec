using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Outreach.Campaigns.Dialling;

namespace Outreach.Dialer.Engine;

/// <summary>
/// When the host has started, wakes the campaigns stored as running: each grain recovers its attempts and goes on
/// dialling. (A timer keeps a running campaign active; a restart needs this first call.)
/// </summary>
public sealed partial class RunningCampaigns(
    CampaignRepository campaigns, IGrainFactory grains, IHostApplicationLifetime lifetime, IOptions<EngineOptions> options,
    ILogger<RunningCampaigns> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ResumeRunningCampaigns) return;
        if (!await HostStart.WaitAsync(lifetime, stoppingToken)) return;
        foreach (var id in await campaigns.IdsInStatusAsync(CampaignStatus.Running, stoppingToken))
        {
            await grains.GetGrain<ICampaignCalls>(id).TickAsync();
            LogResumed(logger, id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {CampaignId} resumed")]
    private static partial void LogResumed(ILogger logger, long campaignId);
}
