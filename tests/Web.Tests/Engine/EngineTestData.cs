using System.Text;
using Dapper;
using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Users;
using Outreach.Web.Tests.Support;

namespace Outreach.Web.Tests.Engine;

/// <summary>Campaigns and request bodies for the engine API tests.</summary>
internal static class EngineTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>A progressive campaign of a demo department, open all day, in the given status, optionally with three contacts.</summary>
    public static async Task<long> CampaignAsync(this OutreachApp app, string department, string status = CampaignStatus.Draft, bool withContacts = false,
        string mode = "progressive")
    {
        var departments = await app.Services.GetRequiredService<DepartmentRepository>().ListAsync(Ct);
        var repo = app.Services.GetRequiredService<CampaignRepository>();
        var id = await repo.CreateAsync(new Campaign
        {
            Name = $"{department} {status} {Guid.NewGuid():N}"[..30], DepartmentId = departments.Single(d => d.Name == department).Id,
            DialingMode = mode, CallerId = "+12125550100", CallingHoursFrom = new(0, 0), CallingHoursTo = new(23, 59, 59),
        }, null, Ct);
        if (status != CampaignStatus.Draft) Assert.True(await repo.ChangeStatusAsync(id, CampaignStatus.Draft, status, Ct));
        if (!withContacts) return id;
        var lists = app.Services.GetRequiredService<ContactListRepository>();
        await using var c = await app.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        var subscribers = (await c.QueryAsync<long>("select id from subscribers order by id limit 3")).ToList();
        await lists.AddSubscribersAsync(await lists.CreateAsync(id, "list", Ct), subscribers, Ct);
        return id;
    }
}
