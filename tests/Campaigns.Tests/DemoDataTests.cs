using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Subscribers;
using Outreach.Campaigns.Users;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests;

/// <summary>Loads a small demo base once and checks the repositories that read it.</summary>
public sealed class DemoDataTests(DemoDataTests.Loaded data) : IClassFixture<DemoDataTests.Loaded>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private readonly SubscriberRepository _subscribers = new(data.Db.DataSource);

    public sealed class Loaded : IAsyncLifetime
    {
        public DatabaseFixture Db { get; } = new();

        public async ValueTask InitializeAsync()
        {
            await Db.InitializeAsync();
            var users = new UserRepository(Db.DataSource);
            var loader = new DemoDataLoader(Db.DataSource, users, new DepartmentRepository(Db.DataSource), NullLogger<DemoDataLoader>.Instance);
            await loader.LoadAsync(3_000, seed: 7, progress: null, CancellationToken.None);
        }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }

    [Fact]
    public async Task Demo_users_exist_with_their_roles_and_the_demo_password()
    {
        var users = new UserRepository(data.Db.DataSource);
        Assert.Equal(["admin"], (await users.VerifyPasswordAsync("admin", DemoUsers.Password, Ct))!.Roles);
        Assert.Equal(["marketer"], (await users.VerifyPasswordAsync("marketer", DemoUsers.Password, Ct))!.Roles);
        Assert.Equal(["manager"], (await users.VerifyPasswordAsync("manager", DemoUsers.Password, Ct))!.Roles);
        Assert.Equal(["agent"], (await users.VerifyPasswordAsync("agent20", DemoUsers.Password, Ct))!.Roles);
        Assert.Equal(23, (await users.ListAsync(Ct)).Count);
    }

    [Fact]
    public async Task Search_pages_through_the_base_in_a_stable_order()
    {
        var first = await _subscribers.SearchAsync(null, 1, 50, Ct);
        var second = await _subscribers.SearchAsync(null, 2, 50, Ct);
        Assert.Equal(3_000, first.Total);
        Assert.Equal(60, first.PageCount);
        Assert.Equal(50, first.Items.Count);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
    }

    [Fact]
    public async Task Search_finds_by_name_phone_and_email_in_any_case()
    {
        var someone = (await _subscribers.SearchAsync(null, 1, 1, Ct)).Items[0];
        var byName = await _subscribers.SearchAsync(someone.LastName.ToUpperInvariant(), 1, 200, Ct);
        var byPhone = await _subscribers.SearchAsync(someone.Phone[2..], 1, 200, Ct);
        Assert.Contains(byName.Items, i => i.Id == someone.Id);
        Assert.Contains(byPhone.Items, i => i.Id == someone.Id);
        Assert.All(byName.Items, i => Assert.Contains(someone.LastName, $"{i.FirstName} {i.LastName} {i.Email}", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("'; drop table subscribers; --")]
    [InlineData("%")]
    [InlineData("\\")]
    public async Task Search_text_is_a_value_never_sql_or_a_wildcard(string text)
    {
        var page = await _subscribers.SearchAsync(text, 1, 20, Ct);
        Assert.Equal(0, page.Total);
        Assert.Equal(3_000, await _subscribers.CountAsync(Ct));
    }

    [Fact]
    public async Task An_underscore_matches_only_a_literal_underscore()
    {
        var page = await _subscribers.SearchAsync("_", 1, 200, Ct);
        Assert.True(page.Total < 3_000);
        Assert.All(page.Items, i => Assert.Contains("_", $"{i.FirstName} {i.LastName} {i.Phone} {i.Email}"));
    }

    [Fact]
    public async Task A_card_shows_facts_and_the_history_of_the_past_campaign()
    {
        await using var c = await data.Db.DataSource.OpenConnectionAsync(Ct);
        var id = await c.ExecuteScalarAsync<long>("select subscriber_id from attempts where disposition_code is not null limit 1");
        var card = await _subscribers.GetCardAsync(id, Ct);
        Assert.NotNull(card);
        Assert.NotNull(card.Facts);
        Assert.StartsWith("+1", card.Subscriber.Phone);
        var contact = Assert.Single(card.History);
        Assert.Equal("Spring 5G upsell", contact.CampaignName);
        Assert.NotNull(contact.AgentName);
    }

    [Fact]
    public async Task International_calls_by_country_are_read_back_from_jsonb()
    {
        await using var c = await data.Db.DataSource.OpenConnectionAsync(Ct);
        var id = await c.ExecuteScalarAsync<long>("select subscriber_id from subscriber_facts where intl_calls_per_month > 0 limit 1");
        var facts = (await _subscribers.GetCardAsync(id, Ct))!.Facts!;
        Assert.NotEmpty(facts.IntlCallsByCountry);
        Assert.Equal(facts.IntlCallsPerMonth, facts.IntlCallsByCountry.Values.Sum());
    }

    [Fact]
    public async Task An_unknown_subscriber_has_no_card() =>
        Assert.Null(await _subscribers.GetCardAsync(-5, Ct));

    [Fact]
    public async Task Loading_more_appends_after_the_existing_ids()
    {
        await using var extra = new DatabaseFixture();
        await extra.InitializeAsync();
        var loader = new DemoDataLoader(extra.DataSource, new UserRepository(extra.DataSource),
            new DepartmentRepository(extra.DataSource), NullLogger<DemoDataLoader>.Instance);
        await loader.LoadSubscribersAsync(100, 1, null, Ct);
        await loader.LoadSubscribersAsync(100, 1, null, Ct);
        Assert.Equal(200, await new SubscriberRepository(extra.DataSource).CountAsync(Ct));
    }
}
