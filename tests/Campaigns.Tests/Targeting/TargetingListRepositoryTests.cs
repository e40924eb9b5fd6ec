using System.Text;
using Dapper;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Import;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Tests.Import;
using Outreach.Campaigns.Users;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests.Targeting;

public sealed class TargetingListRepositoryTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Everyone on the Smart plan: 6 subscribers, of whom only T1 and T6 may be called.
    private static readonly SegmentQuery SmartPlan = new("subscribers s left join subscriber_facts f on f.subscriber_id = s.id",
        "s.tariff = @p0", [("p0", "Smart")]);

    private async Task<long> SeedAsync()
    {
        const string csv = """
            external_id,phone,tariff,consent_call
            T1,6175550201,Smart,yes
            T2,6175550202,Smart,no
            T3,6175550203,Smart,yes
            T4,6175550204,Smart,yes
            T5,6175550205,Smart,yes
            T6,6175550206,Smart,yes
            T7,6175550207,Basic,yes
            """;
        await Importers.For(db.DataSource).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "t.csv",
            new ImportRequest { Source = "targeting", Actor = "test" }, null, Ct);
        var department = await new DepartmentRepository(db.DataSource).CreateAsync("Targeting " + Guid.NewGuid().ToString("N")[..8], Ct);
        var campaigns = new CampaignRepository(db.DataSource);
        var campaign = await campaigns.CreateAsync(new Campaign { Name = "Upsell", DepartmentId = department!.Value, CallerId = "+12125550100" }, null, Ct);
        var earlier = await campaigns.CreateAsync(new Campaign { Name = "Earlier", DepartmentId = department.Value, CallerId = "+12125550100" }, null, Ct);
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        await c.ExecuteAsync("""
            insert into dnc (phone, campaign_id, added_by) values ('+16175550203', null, 'test'), ('+16175550204', @campaign, 'test'),
                                                                 ('+16175550206', @earlier, 'test')
            on conflict do nothing;
            """, new { campaign, earlier });
        var lists = new ContactListRepository(db.DataSource);
        var list = await lists.CreateAsync(earlier, "earlier", Ct);
        await c.ExecuteAsync("""
            insert into contact_list_entries (contact_list_id, subscriber_id, phone) select @list, id, phone from subscribers where external_id = 'T5';
            insert into attempts (entry_id, attempt_number, campaign_id, subscriber_id, phone, created_at)
            select e.id, 1, @earlier, e.subscriber_id, e.phone, now() - interval '2 days' from contact_list_entries e where e.contact_list_id = @list;
            """, new { list, earlier });
        return campaign;
    }

    [Fact]
    public async Task The_list_leaves_out_dnc_opted_out_and_recently_contacted_subscribers_and_is_frozen()
    {
        var campaign = await SeedAsync();
        var targeting = new TargetingListRepository(db.DataSource);

        Assert.Equal(2, await targeting.CountAsync(campaign, SmartPlan, quietDays: 7, Ct));
        Assert.Equal(3, await targeting.CountAsync(campaign, SmartPlan, quietDays: 1, Ct));
        var frozen = await targeting.FreezeAsync(campaign, "Smart plan", SmartPlan, 7, Ct);

        Assert.Equal(2, frozen.Size);
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        var members = await c.QueryAsync<string>("""
            select s.external_id from contact_list_entries e join subscribers s on s.id = e.subscriber_id
            where e.contact_list_id = @ListId order by 1
            """, frozen);
        Assert.Equal(["T1", "T6"], members);
        Assert.True(await c.ExecuteScalarAsync<bool>("select frozen_at is not null from contact_lists where id = @ListId", frozen));
    }

    [Fact]
    public async Task Hostile_segment_values_stay_values()
    {
        var campaign = await SeedAsync();
        var hostile = SmartPlan with { Parameters = [("p0", "Smart' or '1'='1")] };
        Assert.Equal(0, await new TargetingListRepository(db.DataSource).CountAsync(campaign, hostile, 7, Ct));
    }

    private async Task ScoreAsync(params (string ExternalId, float Score)[] scores)
    {
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        foreach (var (externalId, score) in scores)
            await c.ExecuteAsync("""
                insert into propensity_scores (subscriber_id, campaign_type, score)
                select id, 'sales', @score from subscribers where external_id = @externalId
                """, new { externalId, score });
    }

    // T1, T5 and T6 are callable with no quiet days (T5's attempt is 2 days old).
    [Fact]
    public async Task The_preview_and_the_frozen_list_follow_the_propensity_score_with_unscored_subscribers_last()
    {
        var campaign = await SeedAsync();
        await ScoreAsync(("T1", 0.2f), ("T5", 0.9f), ("T7", 1.0f));
        var targeting = new TargetingListRepository(db.DataSource);
        var order = new ListOrder(0, "sales");

        Assert.Contains(await targeting.ScoreTypesAsync(Ct), t => t.CampaignType == "sales");
        var preview = await targeting.PreviewAsync(campaign, SmartPlan, order, Ct);
        Assert.Equal([0.9f, 0.2f, null], preview.Select(r => r.Score));
        Assert.Equal("+16175550205", preview[0].Phone);

        var frozen = await targeting.FreezeAsync(campaign, "Smart by score", SmartPlan, order, Ct);
        Assert.Equal(3, frozen!.Size);
        var entries = await new ContactListRepository(db.DataSource).NextPendingAsync(frozen.ListId, 10, Ct);
        Assert.Equal(preview.Select(r => r.Id), entries.Select(e => e.SubscriberId));
        Assert.Equal([9001, 2001, 0], entries.Select(e => e.Priority));
    }

    [Fact]
    public async Task Without_scores_every_entry_gets_the_chosen_priority_and_no_type_has_scores()
    {
        var campaign = await SeedAsync();
        var targeting = new TargetingListRepository(db.DataSource);

        var frozen = await targeting.FreezeAsync(campaign, "Smart", SmartPlan, new ListOrder(7, null, 70), Ct);
        var entries = await new ContactListRepository(db.DataSource).NextPendingAsync(frozen!.ListId, 10, Ct);
        Assert.All(entries, e => Assert.Equal(70, e.Priority));
        Assert.All(await targeting.PreviewAsync(campaign, SmartPlan, new ListOrder(7), Ct), r => Assert.Null(r.Score));
    }

    [Fact]
    public async Task Freezing_again_replaces_a_drafts_list_and_a_scheduled_campaigns_list_never_moves()
    {
        var campaign = await SeedAsync();
        var targeting = new TargetingListRepository(db.DataSource);
        var lists = new ContactListRepository(db.DataSource);
        await targeting.FreezeAsync(campaign, "first", SmartPlan, new ListOrder(7), Ct);
        var second = await targeting.FreezeAsync(campaign, "second", SmartPlan, new ListOrder(0), Ct);

        var current = await lists.CurrentAsync(campaign, Ct);
        Assert.Equal((second!.ListId, "second", 3L), (current!.Id, current.Name, current.Size));
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("select count(*) from contact_lists where campaign_id = @campaign", new { campaign }));

        Assert.True(await new CampaignRepository(db.DataSource).ChangeStatusAsync(campaign, CampaignStatus.Draft, CampaignStatus.Scheduled, Ct));
        Assert.Null(await targeting.FreezeAsync(campaign, "third", SmartPlan, new ListOrder(7), Ct));
        Assert.Equal(second.ListId, (await lists.CurrentAsync(campaign, Ct))!.Id);
    }

    [Fact]
    public async Task A_freeze_cancelled_midway_leaves_the_earlier_list_as_it_was()
    {
        var campaign = await SeedAsync();
        var targeting = new TargetingListRepository(db.DataSource);
        var lists = new ContactListRepository(db.DataSource);
        var first = await targeting.FreezeAsync(campaign, "first", SmartPlan, new ListOrder(7), Ct);
        // A segment slow enough to be cancelled while its statement runs (a second per row).
        var slow = SmartPlan with { Where = SmartPlan.Where + " and pg_sleep(1) is not null" };
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(500));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => targeting.FreezeAsync(campaign, "second", slow, new ListOrder(7), cancel.Token));

        var current = await lists.CurrentAsync(campaign, Ct);
        Assert.Equal((first!.ListId, "first", first.Size), (current!.Id, current.Name, current.Size));
    }
}
