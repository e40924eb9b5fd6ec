using Outreach.Campaigns.Subscribers;
using Outreach.Campaigns.Surveys;
using Outreach.Surveys.Model;
using Outreach.Surveys.Runtime;
using Outreach.Surveys.Versions;

namespace Outreach.Web.Surveys;

/// <summary>Runs walks for the runner component and stores every event as it happens.</summary>
public sealed class SurveyRuntimeService(SurveyService surveys, SurveyAnswerRepository answers,
    SubscriberRepository subscribers, TimeProvider clock)
{
    public const string TestChannel = "test";
    public const string WebChannel = "web";
    public const string AgentChannel = "agent";

    /// <summary>Starts a stored walk of a version (the latest published, else the draft for a test); null when there is none.</summary>
    public async Task<SurveyWalk?> StartAsync(string surveyId, int? version, long? subscriberId, long? campaignId,
        string channel, CancellationToken ct) =>
        (await StartWalkAsync(surveyId, version, subscriberId, campaignId, channel, null, ct)).Walk;

    /// <summary>
    /// The agent's walk for a call attempt: the one already started for it (a desktop reloaded mid-call, a second
    /// tab) where it was left, else a new one. A walk already completed or cancelled is not reopened: how it ended
    /// comes back instead, so a reload after Finish cannot start the script again.
    /// </summary>
    public async Task<CallWalk> OpenForCallAsync(string surveyId, int? version, long subscriberId, long campaignId,
        long attemptId, CancellationToken ct)
    {
        if (await answers.FindForAttemptAsync(attemptId, ct) is not { } row)
        {
            var (walk, stored) = await StartWalkAsync(surveyId, version, subscriberId, campaignId, AgentChannel, attemptId, ct);
            if (walk is null || stored) return new CallWalk(walk, null);
            // Another tab stored the attempt's walk between the look-up and the insert: go on with that one.
            row = await answers.FindForAttemptAsync(attemptId, ct);
            if (row is null) return new CallWalk(null, null);
        }
        return row.Status == "in_progress" ? new CallWalk(await ResumeAsync(row.Id, ct), null) : new CallWalk(null, row.Status);
    }

    private async Task<(SurveyWalk? Walk, bool Stored)> StartWalkAsync(string surveyId, int? version, long? subscriberId,
        long? campaignId, string channel, long? attemptId, CancellationToken ct)
    {
        var history = await surveys.LoadAsync(surveyId, ct);
        if (history is null || Pick(history, version, channel) is not { } compiled) return (null, false);
        var subscriber = subscriberId is { } sid ? (await subscribers.GetCardAsync(sid, ct))?.Subscriber : null;
        if (subscriberId is not null && subscriber is null) return (null, false);
        var id = Guid.NewGuid();
        var stored = await answers.StartAsync(new NewSurveySession(id, surveyId, compiled.Version, subscriberId, campaignId,
            channel, clock.GetUtcNow(), attemptId), ct);
        var profile = ProfileMapper.From(subscriber, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return (new SurveyWalk(id, compiled, SurveyNavigator.Start(compiled, profile), profile, subscriber?.FullName ?? ""), stored);
    }

    /// <summary>A walk of an unsaved draft for the designer's "try it": nothing is stored.</summary>
    public SurveyWalk? Preview(Survey survey)
    {
        if (!Outreach.Surveys.Validation.SurveyValidator.IsValid(survey)) return null;
        var compiled = CompiledSurvey.Compile(survey, 0);
        var profile = new SubscriberProfile(Outreach.Surveys.Model.SubscriberFields.Standard.Select(f => KeyValuePair.Create(f, (string?)$"[{f}]")));
        return new SurveyWalk(Guid.Empty, compiled, SurveyNavigator.Start(compiled, profile), profile, "Preview");
    }

    /// <summary>Reopens a stored walk where it was left (a dropped call, a link opened again).</summary>
    public async Task<SurveyWalk?> ResumeAsync(Guid sessionId, CancellationToken ct)
    {
        if (await answers.FindSessionAsync(sessionId, ct) is not { } row) return null;
        var history = await surveys.LoadAsync(row.SurveyId, ct);
        var content = history?.Find(row.Version)?.Content ?? (history?.Draft is { } d && d.Number == row.Version ? d.Content : null);
        if (content is null) return null;
        var compiled = CompiledSurvey.Compile(content, row.Version);
        var subscriber = row.SubscriberId is { } sid ? (await subscribers.GetCardAsync(sid, ct))?.Subscriber : null;
        var profile = ProfileMapper.From(subscriber, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var navigator = SurveyNavigator.Start(compiled, profile);
        var saved = (await answers.AnswersAsync(sessionId, ct)).Select(a => ToAnswer(compiled.Survey, a)).OfType<Answer>();
        navigator.Restore(saved);
        return new SurveyWalk(sessionId, compiled, navigator, profile, subscriber?.FullName ?? "");
    }

    /// <summary>Answers the step shown with the raw text of a form; returns the error to show, if any.</summary>
    public Task<string?> AnswerAsync(SurveyWalk walk, string stepId, string raw, CancellationToken ct) =>
        Parse(walk, stepId, raw, out var value) is { } error ? Task.FromResult<string?>(error)
            : StoreAsync(walk, walk.Navigator.Answer(stepId, value!, clock.GetUtcNow()), ct);

    public Task<string?> ChangeAsync(SurveyWalk walk, string stepId, string raw, CancellationToken ct) =>
        Parse(walk, stepId, raw, out var value) is { } error ? Task.FromResult<string?>(error)
            : StoreAsync(walk, walk.Navigator.ChangeAnswer(stepId, value!, clock.GetUtcNow()), ct);

    public string? Back(SurveyWalk walk) => walk.Navigator.Back().Error?.Message;

    public Task<string?> CancelAsync(SurveyWalk walk, CancellationToken ct) =>
        StoreAsync(walk, walk.Navigator.Cancel(clock.GetUtcNow()), ct);

    public Task<string?> FinishAsync(SurveyWalk walk, CancellationToken ct) =>
        StoreAsync(walk, walk.Navigator.Finish(clock.GetUtcNow()), ct);

    private async Task<string?> StoreAsync(SurveyWalk walk, NavigationResult result, CancellationToken ct)
    {
        if (result.Error is { } error) return error.Message;
        if (walk.SessionId == Guid.Empty) return null;
        foreach (var e in result.Events)
        {
            var task = e switch
            {
                AnswerRecorded r => answers.RecordAsync(walk.SessionId, r.Answer.StepId, r.Answer.Value.Canonical, r.Answer.AnsweredAt, ct),
                AnswerDiscarded d => answers.DiscardAsync(walk.SessionId, d.Answer.StepId, clock.GetUtcNow(), ct),
                SurveyCompleted => answers.FinishAsync(walk.SessionId, completed: true, clock.GetUtcNow(), ct),
                SurveyCancelled => answers.FinishAsync(walk.SessionId, completed: false, clock.GetUtcNow(), ct),
                _ => Task.CompletedTask,
            };
            await task;
        }
        return null;
    }

    private static string? Parse(SurveyWalk walk, string stepId, string raw, out AnswerValue? value)
    {
        value = null;
        if (!walk.Survey.HasStep(stepId)) return $"Step '{stepId}' is not part of this survey.";
        value = AnswerValue.Parse(walk.Survey.Step(stepId).Kind, raw, out var error);
        return error;
    }

    private static CompiledSurvey? Pick(SurveyHistory history, int? version, string channel)
    {
        if (version is { } n) return history.Find(n) is { } v ? CompiledSurvey.Compile(v) : null;
        if (history.Latest is { } latest) return CompiledSurvey.Compile(latest);
        return channel == TestChannel && history.Draft is { } d && Outreach.Surveys.Validation.SurveyValidator.IsValid(d.Content)
            ? CompiledSurvey.Compile(d.Content, d.Number) : null;
    }

    private static Answer? ToAnswer(Survey survey, StoredAnswer a) =>
        survey.FindStep(a.StepId) is { } step && AnswerValue.Parse(step.Kind, a.Value, out _) is { } value
            ? new Answer(a.SurveyId, a.Version, a.StepId, value, new DateTimeOffset(a.AnsweredAt, TimeSpan.Zero))
            : null;
}
