using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;

namespace Outreach.Web.Engine;

/// <summary>
/// Starts and stops scheduled campaigns on their own (C3). Each <see cref="TickAsync"/> starts the scheduled campaigns
/// whose start has come, through the campaign grain's start checks under the actor "scheduler"; a refused start
/// (no agents logged in yet, say) leaves the campaign scheduled for the next tick, and its reason is logged once per
/// change rather than every tick. Running or paused campaigns whose scheduled end has passed are stopped.
/// </summary>
public sealed partial class CampaignScheduler(CampaignRepository campaigns, IGrainFactory grains, TimeProvider time,
    ILogger<CampaignScheduler> log)
{
    public const string Actor = "scheduler";

    // The last refusal logged per waiting campaign; ticks run one at a time (the service awaits each).
    private readonly Dictionary<long, string> refusals = [];

    public async Task TickAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var due = await campaigns.DueToStartAsync(now, ct);
        foreach (var id in refusals.Keys.Except(due).ToList()) refusals.Remove(id);
        foreach (var id in due) await StartAsync(id);
        foreach (var id in await campaigns.DueToStopAsync(now, ct)) await StopAsync(id);
    }

    private async Task StartAsync(long id)
    {
        var outcome = await grains.GetGrain<ICampaignGrain>(id).StartAsync(Actor);
        if (outcome.Ok)
        {
            refusals.Remove(id);
            LogStarted(log, id);
            return;
        }
        var reason = outcome.Problem ?? "refused";
        if (refusals.TryGetValue(id, out var last) && last == reason) return;
        refusals[id] = reason;
        LogStartRefused(log, id, reason);
    }

    private async Task StopAsync(long id)
    {
        var outcome = await grains.GetGrain<ICampaignGrain>(id).StopAsync(Actor);
        if (outcome.Ok) LogStopped(log, id);
        else LogStopRefused(log, id, outcome.Problem ?? "refused");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled campaign {CampaignId} started")]
    private static partial void LogStarted(ILogger logger, long campaignId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Scheduled campaign {CampaignId} cannot start yet, will retry: {Reason}")]
    private static partial void LogStartRefused(ILogger logger, long campaignId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {CampaignId} stopped at its scheduled end")]
    private static partial void LogStopped(ILogger logger, long campaignId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Campaign {CampaignId} could not be stopped at its scheduled end: {Reason}")]
    private static partial void LogStopRefused(ILogger logger, long campaignId, string reason);
}
