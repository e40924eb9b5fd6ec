using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Users;

namespace Outreach.Cli.LoadTest;

/// <summary>Creates a load run's department, bot agents, subscribers and campaigns (each with its own contact list).</summary>
internal static class LoadTestData
{
    public static async Task<(IReadOnlyList<int> Bots, IReadOnlyList<long> Campaigns)> CreateAsync(
        NpgsqlDataSource db, LoadTestOptions options, TextWriter log, CancellationToken ct)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var department = (await new DepartmentRepository(db).CreateAsync($"Load test {stamp}", ct))!.Value;
        var bots = await new BotAgentRepository(db).EnsureAsync($"load{stamp}", options.Agents, department, ct);
        var perCampaign = ContactsPerCampaign(options);
        log.WriteLine($"Creating {options.Campaigns} campaigns × {perCampaign:N0} contacts and {options.Agents} bot agents…");
        var subscribers = await new LoadTestRepository(db).CreateSubscribersAsync(perCampaign * options.Campaigns, ct);
        var campaigns = new CampaignRepository(db);
        var lists = new ContactListRepository(db);
        var ids = new List<long>();
        for (var i = 0; i < options.Campaigns; i++)
        {
            var id = await campaigns.CreateAsync(new Campaign
            {
                Name = $"Load {stamp} #{i + 1}", DepartmentId = department, DialingMode = options.Mode, CallerId = "+442071234567",
                TargetAbandonRate = (decimal)options.TargetAbandonRate,
                CallingHoursFrom = new(0, 0), CallingHoursTo = new(23, 59, 59),
            }, null, ct);
            if (options.TargetWaitRate is { } wait)
                await campaigns.SaveSettingsAsync(id, new CampaignSettings { TargetWaitRate = wait }, ct);
            await lists.AddSubscribersAsync(await lists.CreateAsync(id, "load", ct), subscribers.Skip(i * perCampaign).Take(perCampaign).ToList(), ct);
            ids.Add(id);
        }
        return (bots, ids);
    }

    // Enough that no campaign runs dry: each agent handles a call every talk + wrap + a few seconds, one in
    // HumanRate calls reaches a person; twice that, as retries do not come back within a run.
    private static int ContactsPerCampaign(LoadTestOptions o)
    {
        var callsPerSecond = o.Agents / (o.TalkSeconds + o.WrapSeconds + 1) / o.HumanRate;
        return (int)Math.Ceiling(callsPerSecond * o.Minutes * 60 * 2 / o.Campaigns) + 100;
    }
}
