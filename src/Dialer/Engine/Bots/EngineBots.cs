using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Outreach.Campaigns.Dialling;

namespace Outreach.Dialer.Engine.Bots;

/// <summary>
/// With Engine:Bots = N, once the host has started, N bots log in to the running campaigns (spread evenly) so that
/// they dial and connect without people. The bots belong to the first running campaign's department.
/// </summary>
public sealed partial class EngineBots(
    BotTeam team, BotAgentRepository botUsers, CampaignRepository campaigns, IHostApplicationLifetime lifetime,
    IOptions<EngineOptions> options, ILogger<EngineBots> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var count = options.Value.Bots;
        if (count <= 0) return;
        if (!await HostStart.WaitAsync(lifetime, stoppingToken)) return;
        var running = await campaigns.IdsInStatusAsync(CampaignStatus.Running, stoppingToken);
        if (running.Count == 0 || await campaigns.GetAsync(running[0], stoppingToken) is not { } first)
        {
            LogNothingRunning(logger, count);
            return;
        }
        var ids = await botUsers.EnsureAsync("bot", count, first.DepartmentId, stoppingToken);
        await team.StartAsync(ids, running, stoppingToken);
        LogStarted(logger, count, running.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} bots logged in to {Campaigns} running campaigns")]
    private static partial void LogStarted(ILogger logger, int count, int campaigns);

    [LoggerMessage(Level = LogLevel.Information, Message = "Engine:Bots is {Count} but no campaign is running: no bots logged in")]
    private static partial void LogNothingRunning(ILogger logger, int count);
}
