using Dapper;
using Outreach.Campaigns.Demo;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Subscribers;
using Outreach.Campaigns.Surveys;
using Outreach.Campaigns.Users;
using Outreach.TestSupport;

namespace Outreach.Campaigns.Tests.Surveys;

public sealed class SurveyRepositoryTests(DatabaseFixture db) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private const string Json = """{"id":"s","title":"T","firstStep":"a","steps":[]}""";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset At = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);
    private long _subscriber;

    public async ValueTask InitializeAsync()
    {
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        if (await c.ExecuteScalarAsync<long>("select count(*) from subscribers") == 0)
        {
            var loader = new DemoDataLoader(db.DataSource, new UserRepository(db.DataSource), new DepartmentRepository(db.DataSource),
                Microsoft.Extensions.Logging.Abstractions.NullLogger<DemoDataLoader>.Instance);
            await loader.LoadSubscribersAsync(5, 3, null, Ct);
        }
        _subscriber = await c.ExecuteScalarAsync<long>("select min(id) from subscribers");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string NewId() => "s" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task A_published_version_is_never_overwritten_by_a_draft_save()
    {
        var repo = new SurveyRepository(db.DataSource);
        var id = NewId();
        Assert.True(await repo.CreateAsync(id, "First", Json, "marketer", Ct));
        Assert.False(await repo.CreateAsync(id, "Again", Json, "marketer", Ct));
        Assert.True(await repo.PublishAsync(id, 1, At, Ct));

        Assert.False(await repo.SaveDraftAsync(id, 1, "First", "changed", null, Ct));
        Assert.True(await repo.SaveDraftAsync(id, 2, "Second", "v2", 1, Ct));
        Assert.True(await repo.SaveDraftAsync(id, 2, "Second", "v2b", 1, Ct));

        var versions = await repo.VersionsAsync(id, Ct);
        Assert.Equal([(1, "published", Json), (2, "draft", "v2b")], versions.Select(v => (v.Version, v.Status, v.Json)));
        var record = await repo.FindAsync(id, Ct);
        Assert.Equal((1, 2, "Second"), (record!.LatestPublished, record.DraftVersion, record.Title));
        Assert.False(await repo.PublishAsync(id, 1, At, Ct));
    }

    [Fact]
    public async Task Answers_are_kept_as_given_and_a_replaced_answer_is_discarded()
    {
        var (answers, session) = await StartAsync();
        await answers.RecordAsync(session, "score", "2", At, Ct);
        await answers.RecordAsync(session, "why", "price", At.AddSeconds(1), Ct);
        await answers.RecordAsync(session, "score", "9", At.AddSeconds(2), Ct);
        await answers.DiscardAsync(session, "why", At.AddSeconds(2), Ct);

        var kept = await answers.AnswersAsync(session, Ct);
        Assert.Equal([("score", "9")], kept.Select(a => (a.StepId, a.Value)));
        var card = await new SubscriberRepository(db.DataSource).GetCardAsync(_subscriber, Ct);
        Assert.Contains(card!.SurveyAnswers, a => a.StepId == "score" && a.Value == "9");
        Assert.DoesNotContain(card.SurveyAnswers, a => a.Value == "2" && a.AnsweredAt == At.UtcDateTime);
    }

    [Fact]
    public async Task A_call_attempt_has_one_walk_and_its_answers_name_the_attempt()
    {
        _lastSurvey = await PublishedSurveyAsync("Calls");
        var answers = new SurveyAnswerRepository(db.DataSource);
        var attempt = await AttemptAsync();
        var first = new NewSurveySession(Guid.NewGuid(), _lastSurvey, 1, _subscriber, null, "agent", At, attempt);
        var second = first with { Id = Guid.NewGuid() };

        Assert.True(await answers.StartAsync(first, Ct));
        Assert.False(await answers.StartAsync(second, Ct));
        Assert.Equal(first.Id, (await answers.FindForAttemptAsync(attempt, Ct))!.Id);
        Assert.Null(await answers.FindSessionAsync(second.Id, Ct));
        Assert.Null(await answers.FindForAttemptAsync(attempt + 1_000_000, Ct));

        await answers.RecordAsync(first.Id, "score", "7", At, Ct);
        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        Assert.Equal(attempt, await c.ExecuteScalarAsync<long?>(
            "select attempt_id from survey_answers where session_id = @id", new { id = first.Id }));
        // Walks not tied to a call (links, test runs) are not limited to one.
        Assert.True(await answers.StartAsync(first with { Id = Guid.NewGuid(), AttemptId = null }, Ct));
        Assert.True(await answers.StartAsync(first with { Id = Guid.NewGuid(), AttemptId = null }, Ct));
    }

    [Fact]
    public async Task Results_count_answers_and_paths_by_status()
    {
        var (answers, first) = await StartAsync();
        await answers.RecordAsync(first, "score", "9", At, Ct);
        await answers.FinishAsync(first, completed: true, At, Ct);
        var second = await StartSessionAsync(answers);
        await answers.RecordAsync(second, "score", "9", At, Ct);

        var results = new SurveyResultsRepository(db.DataSource);
        var filter = new ResultsFilter(_lastSurvey);
        Assert.Equal([new AnswerCountRow("score", "9", 2)], await results.AnswerCountsAsync(filter, Ct));
        var paths = await results.PathCountsAsync(filter, Ct);
        Assert.Equal([("score", "completed", 1L), ("score", "in_progress", 1L)], paths.Select(p => (p.Path, p.Status, p.Count)).OrderBy(p => p.Status));
        Assert.Empty(await results.AnswerCountsAsync(filter with { From = At.AddDays(1) }, Ct));
        Assert.Equal(2, (await results.ExportRowsAsync(filter, Ct)).Count);
    }

    [Fact]
    public async Task A_link_is_used_up_only_once()
    {
        var id = await PublishedSurveyAsync("Link");
        var links = new SurveyLinkRepository(db.DataSource);
        var hash = System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray());
        await links.CreateAsync(hash, id, 1, _subscriber, null, "marketer", Ct);

        Assert.Null((await links.FindAsync(hash, Ct))!.UsedAt);
        Assert.True(await links.ConsumeAsync(hash, At, Ct));
        Assert.False(await links.ConsumeAsync(hash, At, Ct));
        Assert.NotNull((await links.FindAsync(hash, Ct))!.UsedAt);
        Assert.Null(await links.FindAsync(new byte[32], Ct));
    }

    [Fact]
    public async Task A_campaign_pins_a_survey_version()
    {
        var repo = new SurveyRepository(db.DataSource);
        var id = await PublishedSurveyAsync("Pinned");
        var department = await new DepartmentRepository(db.DataSource).CreateAsync("D-" + Guid.NewGuid().ToString("N")[..8], Ct);
        var campaign = await new Dialling.CampaignRepository(db.DataSource).CreateAsync(
            new Dialling.Campaign { Name = "Pin", DepartmentId = department!.Value, CallerId = "+12125550100" }, null, Ct);

        await repo.PinAsync(campaign, id, 1, Ct);

        await using var c = await db.DataSource.OpenConnectionAsync(Ct);
        var pin = await c.QuerySingleAsync<(string, int)>("select survey_id, survey_version from campaigns where id = @campaign", new { campaign });
        Assert.Equal((id, 1), pin);
    }

    private string _lastSurvey = "";

    private async Task<string> PublishedSurveyAsync(string title)
    {
        var repo = new SurveyRepository(db.DataSource);
        var id = NewId();
        await repo.CreateAsync(id, title, Json, "marketer", Ct);
        await repo.PublishAsync(id, 1, At, Ct);
        return id;
    }

    private async Task<(SurveyAnswerRepository, Guid)> StartAsync()
    {
        _lastSurvey = await PublishedSurveyAsync("Walks");
        var answers = new SurveyAnswerRepository(db.DataSource);
        return (answers, await StartSessionAsync(answers));
    }

    private async Task<long> AttemptAsync()
    {
        var department = await new DepartmentRepository(db.DataSource).CreateAsync("D-" + Guid.NewGuid().ToString("N")[..8], Ct);
        var campaign = await new CampaignRepository(db.DataSource).CreateAsync(
            new Campaign { Name = "Walks", DepartmentId = department!.Value, CallerId = "+12125550100" }, null, Ct);
        var lists = new ContactListRepository(db.DataSource);
        var list = await lists.CreateAsync(campaign, "list", Ct);
        await lists.AddSubscribersAsync(list, [_subscriber], Ct);
        var entry = (await lists.NextPendingAsync(list, 1, Ct))[0];
        return (await new AttemptRepository(db.DataSource).TryClaimAsync(entry.Id, 1, Ct))!.Value;
    }

    private async Task<Guid> StartSessionAsync(SurveyAnswerRepository answers)
    {
        var id = Guid.NewGuid();
        await answers.StartAsync(new NewSurveySession(id, _lastSurvey, 1, _subscriber, null, "agent", At), Ct);
        return id;
    }
}
