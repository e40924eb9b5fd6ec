using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Surveys;
using Outreach.Surveys.Json;
using Outreach.Surveys.Model;
using Outreach.Surveys.Versions;

namespace Outreach.Web.Surveys;

/// <summary>Maps stored JSON rows to the survey model and back: import, draft editing, publishing, export.</summary>
public sealed class SurveyService(SurveyRepository surveys, AuditLog audit, TimeProvider clock, ILogger<SurveyService> log)
{
    public Task<IReadOnlyList<SurveyRecord>> ListAsync(CancellationToken ct) => surveys.ListAsync(ct);

    /// <summary>The survey's history (published versions and draft), or null when there is no such survey.</summary>
    public async Task<SurveyHistory?> LoadAsync(string id, CancellationToken ct)
    {
        var rows = await surveys.VersionsAsync(id, ct);
        if (rows.Count == 0) return null;
        var published = rows.Where(r => !r.IsDraft)
            .Select(r => new SurveyVersion(id, r.Version, Read(r.Json), r.PublishedAt ?? r.UpdatedAt)).ToList();
        var draft = rows.FirstOrDefault(r => r.IsDraft) is { } d
            ? new SurveyDraft(id, d.Version, Read(d.Json), d.BasedOn, d.UpdatedAt) : null;
        return SurveyHistory.Load(id, published, draft);
    }

    /// <summary>Creates a survey whose draft is one greeting end step, for the designer to grow.</summary>
    public async Task<SurveyOutcome> CreateAsync(string id, string title, string actor, CancellationToken ct)
    {
        if (!IsValidId(id)) return SurveyOutcome.Refused("id", InvalidId);
        if (title.Length == 0) return SurveyOutcome.Refused("title", "Give the survey a title.");
        if (await surveys.FindAsync(id, ct) is not null) return SurveyOutcome.Refused("id", $"A survey with id '{id}' already exists.");
        var start = new Step { Id = "thanks", Kind = StepKind.Say, Text = "Thank you, {FirstName}!", IsEnd = true };
        return await SaveDraftAsync(new Survey { Id = id, Title = title, FirstStepId = start.Id, Steps = [start] }, actor, ct);
    }

    /// <summary>Imports a JSON document: a new survey, or the new draft of an existing one.</summary>
    public async Task<SurveyOutcome> ImportAsync(string json, string actor, CancellationToken ct)
    {
        var result = SurveyJson.Import(json);
        if (result.Survey is not { } survey)
            return new SurveyOutcome(null, null, result.Errors.Select(e => new SurveyProblem(e.Path, e.Reason)).ToList());
        return await SaveDraftAsync(survey, actor, ct);
    }

    /// <summary>Writes the survey as the draft (starting one from the latest version if needed); a draft may be unfinished.</summary>
    public async Task<SurveyOutcome> SaveDraftAsync(Survey survey, string actor, CancellationToken ct)
    {
        if (!IsValidId(survey.Id)) return SurveyOutcome.Refused("$.id", InvalidId);
        var json = SurveyJson.Export(survey);
        // What is stored must read back, or the survey could never be opened again.
        if (SurveyJson.Import(json) is { Survey: null } unreadable)
            return new SurveyOutcome(null, null, unreadable.Errors.Select(e => new SurveyProblem(e.Path, e.Reason)).ToList());
        var now = clock.GetUtcNow();
        var history = await LoadAsync(survey.Id, ct);
        if (history is null)
        {
            if (!await surveys.CreateAsync(survey.Id, survey.Title, json, actor, ct))
                return SurveyOutcome.Refused("id", $"A survey with id '{survey.Id}' was created meanwhile; reload it.");
            await audit.RecordAsync(actor, "survey.created", "survey", survey.Id, new { version = 1 }, ct);
            return SurveyOutcome.Done(survey.Id, 1);
        }
        var draft = history.Draft ?? history.Edit(now);
        await surveys.SaveDraftAsync(survey.Id, draft.Number, survey.Title, json, draft.BasedOn, ct);
        await audit.RecordAsync(actor, "survey.draft_saved", "survey", survey.Id, new { version = draft.Number }, ct);
        return SurveyOutcome.Done(survey.Id, draft.Number);
    }

    /// <summary>Publishes the draft when it passes validation; the version never changes afterwards.</summary>
    public async Task<SurveyOutcome> PublishAsync(string id, string actor, CancellationToken ct)
    {
        var history = await LoadAsync(id, ct);
        if (history is null) return SurveyOutcome.Refused("id", $"Survey '{id}' does not exist.");
        var result = history.Publish(clock.GetUtcNow());
        if (result.Version is not { } version)
        {
            var problems = result.Issues.Select(i => new SurveyProblem(i.StepId ?? "survey", i.Message)).ToList();
            return problems.Count > 0 ? new SurveyOutcome(id, null, problems) : SurveyOutcome.Refused("survey", result.Error ?? "Nothing to publish.");
        }
        if (!await surveys.PublishAsync(id, version.Number, version.PublishedAt, ct))
            return SurveyOutcome.Refused("survey", $"Version {version.Number} was published meanwhile; reload the survey.");
        await audit.RecordAsync(actor, "survey.published", "survey", id, new { version = version.Number }, ct);
        log.LogInformation("Survey {SurveyId} version {Version} published by {Actor}", id, version.Number, actor);
        return SurveyOutcome.Done(id, version.Number);
    }

    /// <summary>The JSON of one version (the latest published when none is named, else the draft), or null.</summary>
    public async Task<string?> ExportAsync(string id, int? version, CancellationToken ct)
    {
        var rows = await surveys.VersionsAsync(id, ct);
        var row = version is { } n ? rows.FirstOrDefault(r => r.Version == n)
            : rows.LastOrDefault(r => !r.IsDraft) ?? rows.FirstOrDefault(r => r.IsDraft);
        return row?.Json;
    }

    private static readonly string InvalidId = $"Use 1 to {SurveyLimits.MaxIdLength} letters, digits, '_', '-' or '.' for the survey id.";

    private static bool IsValidId(string id) =>
        id.Length is > 0 and <= SurveyLimits.MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    // Stored JSON was written by SurveyJson.Export, so failing to read it back is a bug, not bad input.
    private static Survey Read(string json) =>
        SurveyJson.Import(json).Survey ?? throw new InvalidOperationException("A stored survey version cannot be read back.");
}
