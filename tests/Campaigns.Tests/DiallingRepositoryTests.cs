using Dapper;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Users;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests;

public sealed class DiallingRepositoryTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private long _campaignId;
    private long _listId;

    public async ValueTask InitializeAsync()
    {
        var department = await new DepartmentRepository(db.DataSource).CreateAsync("D-" + Guid.NewGuid().ToString("N")[..8], Ct);
        var loader = new DemoDataLoader(db.DataSource, new UserRepository(db.DataSource), new DepartmentRepository(db.DataSource),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<DemoDataLoader>.Instance);
        await loader.LoadSubscribersAsync(20, 3, null, Ct);
        _campaignId = await new CampaignRepository(db.DataSource).CreateAsync(
            new Campaign { Name = "Test", DepartmentId = department!.Value, CallerId = "+12125550100" }, null, Ct);
        _listId = await new ContactListRepository(db.DataSource).CreateAsync(_campaignId, "list", Ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<long[]> SubscriberIdsAsync()
    {
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        return (await c.QueryAsync<long>("select id from subscribers order by id")).ToArray();
    }

    [Fact]
    public async Task An_attempt_number_can_be_claimed_only_once()
    {
        var lists = new ContactListRepository(db.DataSource);
        await lists.AddSubscribersAsync(_listId, await SubscriberIdsAsync(), Ct);
        var entry = (await lists.NextPendingAsync(_listId, 1, Ct))[0];
        var attempts = new AttemptRepository(db.DataSource);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => attempts.TryClaimAsync(entry.Id, 1, Ct)));
        Assert.Single(claims, c => c is not null);
        Assert.NotNull(await attempts.TryClaimAsync(entry.Id, 2, Ct));
    }

    [Fact]
    public async Task Only_the_first_outcome_of_an_attempt_is_kept()
    {
        var lists = new ContactListRepository(db.DataSource);
        await lists.AddSubscribersAsync(_listId, await SubscriberIdsAsync(), Ct);
        var entry = (await lists.NextPendingAsync(_listId, 20, Ct))[^1];
        var attempts = new AttemptRepository(db.DataSource);
        var id = (await attempts.TryClaimAsync(entry.Id, 1, Ct))!.Value;
        Assert.True(await attempts.RecordOutcomeAsync(id, "busy", null, DateTimeOffset.UtcNow, Ct));
        Assert.False(await attempts.RecordOutcomeAsync(id, "answered", "human", DateTimeOffset.UtcNow, Ct));
    }

    [Fact]
    public async Task Adding_the_same_subscribers_twice_keeps_one_entry_each()
    {
        var lists = new ContactListRepository(db.DataSource);
        var list = await lists.CreateAsync(_campaignId, "twice", Ct);
        var ids = await SubscriberIdsAsync();
        Assert.Equal(ids.Length, await lists.AddSubscribersAsync(list, ids, Ct));
        Assert.Equal(0, await lists.AddSubscribersAsync(list, ids, Ct));
    }

    [Fact]
    public async Task Global_and_campaign_dnc_both_block_a_number()
    {
        var dnc = new DncRepository(db.DataSource);
        Assert.True(await dnc.AddAsync("+12125550111", null, "asked", "admin", Ct));
        Assert.False(await dnc.AddAsync("+12125550111", null, "again", "admin", Ct));
        Assert.True(await dnc.AddAsync("+12125550112", _campaignId, "campaign", "admin", Ct));
        Assert.True(await dnc.IsBlockedAsync("+12125550111", _campaignId, Ct));
        Assert.True(await dnc.IsBlockedAsync("+12125550112", _campaignId, Ct));
        Assert.False(await dnc.IsBlockedAsync("+12125550113", _campaignId, Ct));
        Assert.True(await dnc.RemoveAsync("+12125550112", _campaignId, Ct));
        Assert.False(await dnc.IsBlockedAsync("+12125550112", _campaignId, Ct));
    }

    [Fact]
    public async Task Campaigns_move_only_from_the_expected_status()
    {
        var campaigns = new CampaignRepository(db.DataSource);
        Assert.True(await campaigns.ChangeStatusAsync(_campaignId, CampaignStatus.Draft, CampaignStatus.Scheduled, Ct));
        Assert.False(await campaigns.ChangeStatusAsync(_campaignId, CampaignStatus.Draft, CampaignStatus.Running, Ct));
        Assert.Equal(CampaignStatus.Scheduled, (await campaigns.GetAsync(_campaignId, Ct))!.Status);
    }

    [Fact]
    public async Task Audit_entries_are_read_back_newest_first()
    {
        var audit = new Audit.AuditLog(db.DataSource);
        await audit.RecordAsync("admin", "create", "campaign", "1", new { name = "x" }, Ct);
        await audit.RecordAsync("admin", "start", "campaign", "1", null, Ct);
        var recent = await audit.RecentAsync(10, "campaign", Ct);
        Assert.Equal(["start", "create"], recent.Take(2).Select(e => e.Action));
        Assert.Contains("\"name\"", recent[1].Details);
    }
}
