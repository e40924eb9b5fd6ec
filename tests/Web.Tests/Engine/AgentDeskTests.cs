using Dapper;
using Npgsql;
using Outreach.Campaigns.Dialling;
using Outreach.Dialer.Engine;
using Outreach.Web.Engine;
using Outreach.Web.Surveys;
using Outreach.Web.Tests.Support;

namespace Outreach.Web.Tests.Engine;

/// <summary>The desktop's script for a call on real storage: one walk per call attempt, reopened where it was left.</summary>
public sealed class AgentDeskTests(OutreachApp app) : IClassFixture<OutreachApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private T Service<T>() where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>A call of a fresh attempt in a Sales campaign with the demo survey pinned.</summary>
    private async Task<AgentCall> CallAsync()
    {
        var campaign = await app.CampaignAsync("Sales", withContacts: true);
        await using var c = await Service<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        await c.ExecuteAsync("update campaigns set survey_id = 'customer-satisfaction', survey_version = 1 where id = @campaign", new { campaign });
        var list = await c.QuerySingleAsync<long>("select id from contact_lists where campaign_id = @campaign", new { campaign });
        var entry = (await Service<ContactListRepository>().NextPendingAsync(list, 1, Ct))[0];
        var attempt = (await Service<AttemptRepository>().TryClaimAsync(entry.Id, 1, Ct))!.Value;
        return new AgentCall($"call-{attempt}", attempt, campaign, entry.SubscriberId, entry.Phone, DateTimeOffset.UtcNow, null);
    }

    [Fact]
    public async Task A_call_opened_again_goes_on_with_its_walk_and_a_finished_walk_is_not_started_again()
    {
        var desk = Service<AgentDesk>();
        var runtime = Service<SurveyRuntimeService>();
        var call = await CallAsync();

        var first = (await desk.OpenCallAsync(call, Ct)).Walk!;
        Assert.Null(await runtime.AnswerAsync(first, "intro", "ack", Ct));
        Assert.Equal("consent", first.Navigator.Session.CurrentStepId);

        // The desktop reloaded mid-call: same stored walk, on the step it was left at, earlier answers kept.
        var reopened = await desk.OpenCallAsync(call, Ct);
        Assert.Null(reopened.Note);
        Assert.Equal(first.SessionId, reopened.Walk!.SessionId);
        Assert.Equal("consent", reopened.Walk.Navigator.Session.CurrentStepId);
        Assert.Equal(["intro"], reopened.Walk.Navigator.Session.Answers.Keys);

        Assert.Null(await runtime.AnswerAsync(reopened.Walk, "consent", "no", Ct));
        Assert.Null(await runtime.FinishAsync(reopened.Walk, Ct));
        var after = await desk.OpenCallAsync(call, Ct);
        Assert.Null(after.Walk);
        Assert.Contains("finished", after.Note);
    }

    [Fact]
    public async Task Two_tabs_opening_a_new_call_at_once_share_one_walk()
    {
        var desk = Service<AgentDesk>();
        var call = await CallAsync();
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => desk.OpenCallAsync(call, Ct)));
        Assert.Single(opened.Select(o => o.Walk!.SessionId).Distinct());
        await using var c = await Service<NpgsqlDataSource>().OpenConnectionAsync(Ct);
        Assert.Equal(1, await c.ExecuteScalarAsync<int>("select count(*) from survey_sessions where attempt_id = @id", new { id = call.AttemptId }));
    }
}
