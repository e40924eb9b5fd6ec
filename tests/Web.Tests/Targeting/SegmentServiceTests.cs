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

    private SegmentService Service => new(new SegmentRepository(db.DataSource));

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
        Assert.Null(await Service.SaveAsync("hostile " + hostile, rule, "test", Ct));
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(3, await c.ExecuteScalarAsync<long>("select count(*) from subscribers"));
    }

    [Fact]
    public async Task A_taken_name_and_an_invalid_rule_are_refused_with_a_message()
    {
        var rule = RuleCondition.Of("tariff", "=", "Smart");
        Assert.Null(await Service.SaveAsync("Smart users", rule, "test", Ct));
        Assert.Contains("exists already", await Service.SaveAsync("Smart users", rule, "test", Ct));
        Assert.NotNull(await Service.SaveAsync("Broken", RuleCondition.Of("balance", ">", "lots"), "test", Ct));
        Assert.NotEmpty((await Service.PreviewAsync(RuleCondition.Of("nope", "=", 1), Ct)).Errors);
    }
}
