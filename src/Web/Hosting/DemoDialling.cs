using Microsoft.Extensions.Options;
using Npgsql;
using Dapper;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Users;
using Outreach.Dialer.Engine;
using Outreach.Dialer.Engine.Bots;

namespace Outreach.Web.Hosting;

/// <summary>
/// Demo mode: on first start, one campaign ("Demo: live dialling", Sales) with 5,000 demo subscribers, a caller id and
/// calling hours round the clock starts with bots logged in, so the dashboard is alive at any hour. On later starts
/// the campaign is resumed (it is stored as running) and the bots log in again.
/// </summary>
public sealed partial class DemoDialling(
    IOptions<DemoOptions> demo, NpgsqlDataSource db, CampaignRepository campaigns, ContactListRepository lists,
    DepartmentRepository departments, BotAgentRepository botUsers, BotTeam bots, IGrainFactory grains,
    IHostApplicationLifetime lifetime, ILogger<DemoDialling> logger) : BackgroundService
{
    public const string CampaignName = "Demo: live dialling";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!demo.Value.Enabled || demo.Value.Bots <= 0) return;
        if (!await HostStart.WaitAsync(lifetime, stoppingToken)) return;
        var campaignId = await FindOrCreateAsync(stoppingToken);
        var campaign = (await campaigns.GetAsync(campaignId, stoppingToken))!;
        var ids = await botUsers.EnsureAsync("demo-bot", demo.Value.Bots, campaign.DepartmentId, stoppingToken);
        await bots.StartAsync(ids, [campaignId], stoppingToken);
        if (campaign.Status is CampaignStatus.Draft)
        {
            var board = grains.GetGrain<ICampaignGrain>(campaignId);
            for (var i = 0; i < 50 && (await board.GetBoardAsync()).AgentsByState.Values.Sum() == 0; i++)
                await Task.Delay(100, stoppingToken);
            var outcome = await board.StartAsync("demo");
            LogStarted(logger, campaignId, outcome.Ok ? "started" : outcome.Problem ?? "refused");
        }
    }

    private async Task<long> FindOrCreateAsync(CancellationToken ct)
    {
        await using (var c = await db.OpenConnectionAsync(ct))
        {
            var existing = await c.QuerySingleOrDefaultAsync<long?>(
                new CommandDefinition("select id from campaigns where name = @CampaignName order by id limit 1", new { CampaignName }, cancellationToken: ct));
            if (existing is { } id) return id;
        }
        var sales = (await departments.ListAsync(ct)).First(d => d.Name == "Sales");
        var campaignId = await campaigns.CreateAsync(new Campaign
        {
            Name = CampaignName, Goal = "Show the engine: predictive dialling with bot agents", DepartmentId = sales.Id,
            DialingMode = "predictive", CallerId = "+442071234567", CallGuide = "Greet the subscriber by name and offer the new family plan.",
            CallingHoursFrom = new(0, 0), CallingHoursTo = new(23, 59, 59),
        }, null, ct);
        var listId = await lists.CreateAsync(campaignId, "Demo contacts", ct);
        await using var conn = await db.OpenConnectionAsync(ct);
        var subscribers = (await conn.QueryAsync<long>(new CommandDefinition(
            "select id from subscribers where not is_prospect order by id limit 5000", cancellationToken: ct))).ToList();
        await lists.AddSubscribersAsync(listId, subscribers, ct);
        return campaignId;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo campaign {CampaignId}: {Result}")]
    private static partial void LogStarted(ILogger logger, long campaignId, string result);
}
