using System.Text;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Import;
using Outreach.Campaigns.Targeting;
using Outreach.Segmentation.Rules;
using Outreach.TestSupport;
using Outreach.Web.Targeting;

namespace Outreach.Web.Tests.Targeting;

public sealed class SegmentServiceTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SegmentService Service => new(new SegmentRepository(db.DataSource), new AuditLog(db.DataSource), NullLogger<SegmentService>.Instance);

    public async ValueTask InitializeAsync()
    {
        var importer = new SubscriberImporter(db.DataSource, new ImportMappingRepository(db.DataSource), new AuditLog(db.DataSource),
            NullLogger<SubscriberImporter>.Instance);
        const string csv = """
            external_id,phone,first_name,sex,tariff,balance,products
            A,2125550101,Ann,F,Basic,10,roaming
            B,2125550102,Bo,M,Smart,50,
            C,2125550103,Cy,F,Smart,90,roaming;tv
            """;
        await importer.ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)),
            "seed.csv", new ImportRequest { Source = "seed", Actor = "test" }, null, Ct);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Counts_and_samples_the_subscribers_a_rule_selects()
    {
        var rule = RuleGroup.AllOf(RuleCondition.Of("sex", "=", "F"), RuleCondition.Of("products", "contains", "roaming"));
        var preview = await Service.PreviewAsync(rule, Ct);
        Assert.Empty(preview.Errors);
        Assert.Equal(2, preview.Count);
        Assert.Equal(["Ann", "Cy"], preview.Sample.Select(s => s.FirstName));
    }

    [Theory]
    [InlineData("F' OR '1'='1")]
    [InlineData("x'); drop table subscribers; --")]
    [InlineData("Basic\" or 1=1 --")]
    public async Task Sql_in_rule_values_is_only_ever_a_value(string hostile)
    {
        var rule = RuleGroup.AnyOf(RuleCondition.Of("tariff", "=", hostile), RuleCondition.Of("tariff", "in", new[] { hostile }));
        var preview = await Service.PreviewAsync(rule, Ct);
        Assert.Equal(0, preview.Count);
        Assert.True((await Service.CreateAsync("hostile " + hostile, rule, "test", Ct)).Ok);
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(3, await c.ExecuteScalarAsync<long>("select count(*) from subscribers"));
    }

    [Fact]
    public async Task A_taken_name_and_an_invalid_rule_are_refused_with_a_message()
    {
        var rule = RuleCondition.Of("tariff", "=", "Smart");
        Assert.True((await Service.CreateAsync("Smart users", rule, "test", Ct)).Ok);
        var taken = await Service.CreateAsync("Smart users", rule, "test", Ct);
        Assert.Equal((SegmentRefusal.NameTaken, "name"), (taken.Refusal, taken.Field));
        Assert.Contains("exists already", taken.Message);
        var broken = await Service.CreateAsync("Broken", RuleCondition.Of("balance", ">", "lots"), "test", Ct);
        Assert.Equal((SegmentRefusal.Invalid, "rule"), (broken.Refusal, broken.Field));
        Assert.Equal("name", (await Service.CreateAsync("  ", rule, "test", Ct)).Field);
        Assert.Equal("rule", (await Service.CreateAsync("No rule", null, "test", Ct)).Field);
        Assert.NotEmpty((await Service.PreviewAsync(RuleCondition.Of("nope", "=", 1), Ct)).Errors);
    }

    [Fact]
    public async Task A_saved_segment_is_changed_in_place_and_deleted_unless_a_live_campaign_targets_it()
    {
        var id = (await Service.CreateAsync("Basic users", RuleCondition.Of("tariff", "=", "Basic"), "test", Ct)).Id!.Value;
        Assert.True((await Service.CreateAsync("Other name", RuleCondition.Of("tariff", "=", "Basic"), "test", Ct)).Ok);

        Assert.True((await Service.UpdateAsync(id, "Smart users now", RuleCondition.Of("tariff", "=", "Smart"), "test", Ct)).Ok);
        var stored = await new SegmentRepository(db.DataSource).GetAsync(id, Ct);
        Assert.Equal("Smart users now", stored!.Name);
        Assert.Contains("Smart", stored.Rule);
        Assert.DoesNotContain("Basic", stored.Rule);
        Assert.Equal(SegmentRefusal.NameTaken, (await Service.UpdateAsync(id, "Other name", RuleCondition.Of("tariff", "=", "Smart"), "test", Ct)).Refusal);
        Assert.Equal(SegmentRefusal.NotFound, (await Service.UpdateAsync(-1, "Ghost", RuleCondition.Of("tariff", "=", "Smart"), "test", Ct)).Refusal);

        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        var department = await c.ExecuteScalarAsync<int>("insert into departments (name) values (@n) returning id", new { n = "Seg " + Guid.NewGuid().ToString("N")[..8] });
        var campaign = await c.ExecuteScalarAsync<long>("""
            insert into campaigns (name, department_id, settings) values ('Spring push', @department, jsonb_build_object('segmentId', @id)) returning id
            """, new { department, id });
        var inUse = await Service.DeleteAsync(id, "test", Ct);
        Assert.Equal(SegmentRefusal.InUse, inUse.Refusal);
        Assert.Contains("“Spring push” targets this segment", inUse.Message);

        await c.ExecuteAsync("update campaigns set status = 'finished' where id = @campaign", new { campaign });
        Assert.True((await Service.DeleteAsync(id, "test", Ct)).Ok);
        Assert.Null(await new SegmentRepository(db.DataSource).GetAsync(id, Ct));
        Assert.Equal(SegmentRefusal.NotFound, (await Service.DeleteAsync(id, "test", Ct)).Refusal);
        var audited = (await c.QueryAsync<string>("select action from audit_log where entity = 'segment' and entity_id = @key order by id",
            new { key = id.ToString(System.Globalization.CultureInfo.InvariantCulture) })).ToList();
        Assert.Equal(["segment.create", "segment.update", "segment.delete"], audited);
    }
}
