using Outreach.Campaigns.Audit;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Subscribers;
using Outreach.Campaigns.Surveys;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Users;

namespace Outreach.Web.CampaignSetup;

/// <summary>
/// Campaigns for the wizard, the list page and the API: department-scoped reads, draft saves checked by
/// <see cref="CampaignValidator"/>, and Schedule (draft → scheduled, audited) once every step is complete.
/// </summary>
public sealed class CampaignService(
    CampaignRepository campaigns, ContactListRepository lists, SegmentRepository segments, SurveyRepository surveys,
    DepartmentRepository departments, AuditLog audit, TimeProvider clock, ILogger<CampaignService> log,
    Microsoft.Extensions.Options.IOptions<CampaignDefaultsOptions> defaults)
{
    public const int MaxPageSize = 100;

    public Task<Page<CampaignListItem>> ListAsync(CampaignActor actor, int page, int pageSize, CancellationToken ct) =>
        campaigns.PageAsync(actor.Departments, page, pageSize, ct);

    /// <summary>The campaign when it exists and the person's department owns it; null otherwise (others' campaigns are not shown).</summary>
    public async Task<CampaignView?> GetAsync(long id, CampaignActor actor, CancellationToken ct)
    {
        if (await campaigns.GetAsync(id, ct) is not { } campaign || !actor.Sees(campaign.DepartmentId)) return null;
        var settings = await campaigns.GetSettingsAsync(id, ct) ?? new CampaignSettings();
        var department = (await departments.ListAsync(ct)).FirstOrDefault(d => d.Id == campaign.DepartmentId)?.Name ?? "";
        return new CampaignView(id, campaign.Status, department, CampaignForm.From(campaign, settings), await lists.CurrentAsync(id, ct));
    }

    /// <summary>A new campaign as the wizard opens it: the person's department, the operator's schedule zone.</summary>
    public CampaignForm NewForm(CampaignActor actor) =>
        new() { DepartmentId = actor.DepartmentId, ScheduleTimeZone = defaults.Value.ScheduleTimeZone.Trim() };

    /// <summary>The problems of one wizard step with everything on it required.</summary>
    public async Task<IReadOnlyList<FieldError>> CheckStepAsync(long? id, CampaignForm form, CampaignActor actor, WizardStep step, CancellationToken ct) =>
        CampaignValidator.ValidateStep(form, await FactsAsync(id, form, actor, ct), step);

    /// <summary>Creates a draft; without a department it belongs to the person's own.</summary>
    public async Task<CampaignResult> CreateAsync(CampaignForm form, CampaignActor actor, CancellationToken ct)
    {
        form.DepartmentId ??= actor.DepartmentId;
        var errors = CampaignValidator.Validate(form, await FactsAsync(null, form, actor, ct), complete: false);
        if (errors.Count > 0) return CampaignResult.Invalid(errors);
        var id = await campaigns.CreateAsync(form.ToCampaign(0), actor.UserId, ct);
        await campaigns.SaveSettingsAsync(id, form.ToSettings(new CampaignSettings()), ct);
        await audit.RecordAsync(actor.Name, "campaign.create", "campaign", Key(id), new { form.Name, form.Channel, form.DepartmentId }, ct);
        log.LogInformation("Campaign {CampaignId} created by {Actor}", id, actor.Name);
        return CampaignResult.Done(id);
    }

    /// <summary>Saves a draft as it stands (blank fields allowed, wrong ones refused); a campaign past draft is not edited.</summary>
    public async Task<CampaignResult> SaveAsync(long id, CampaignForm form, CampaignActor actor, CancellationToken ct)
    {
        if (await campaigns.GetAsync(id, ct) is not { } stored || !actor.Sees(stored.DepartmentId)) return CampaignResult.Refused(CampaignRefusal.NotFound);
        if (stored.Status != CampaignStatus.Draft) return CampaignResult.Refused(CampaignRefusal.NotDraft);
        var errors = CampaignValidator.Validate(form, await FactsAsync(id, form, actor, ct), complete: false);
        if (errors.Count > 0) return CampaignResult.Invalid(errors);
        if (!await campaigns.UpdateDraftAsync(form.ToCampaign(id), ct)) return CampaignResult.Refused(CampaignRefusal.NotDraft);
        await campaigns.SaveSettingsAsync(id, form.ToSettings(await campaigns.GetSettingsAsync(id, ct) ?? new CampaignSettings()), ct);
        return CampaignResult.Done(id);
    }

    /// <summary>Draft → scheduled when every step is complete and the contact list is frozen; audited.</summary>
    public async Task<CampaignResult> ScheduleAsync(long id, CampaignActor actor, CancellationToken ct)
    {
        if (await GetAsync(id, actor, ct) is not { } view) return CampaignResult.Refused(CampaignRefusal.NotFound);
        if (!view.IsDraft) return CampaignResult.Refused(CampaignRefusal.NotDraft);
        var errors = CampaignValidator.Validate(view.Form, await FactsAsync(id, view.Form, actor, ct), complete: true);
        if (errors.Count > 0) return CampaignResult.Invalid(errors);
        if (!await campaigns.ChangeStatusAsync(id, CampaignStatus.Draft, CampaignStatus.Scheduled, ct)) return CampaignResult.Refused(CampaignRefusal.NotDraft);
        await audit.RecordAsync(actor.Name, "campaign.schedule", "campaign", Key(id), new
        {
            from = CampaignStatus.Draft, to = CampaignStatus.Scheduled, view.Form.ScheduledStart, contacts = view.ContactList?.Size,
        }, ct);
        log.LogInformation("Campaign {CampaignId} scheduled by {Actor} for {Start}", id, actor.Name, view.Form.ScheduledStart);
        return CampaignResult.Done(id);
    }

    public async Task<CampaignResult> DeleteAsync(long id, CampaignActor actor, CancellationToken ct)
    {
        if (await campaigns.GetAsync(id, ct) is not { } stored || !actor.Sees(stored.DepartmentId)) return CampaignResult.Refused(CampaignRefusal.NotFound);
        if (!await campaigns.DeleteDraftAsync(id, ct)) return CampaignResult.Refused(CampaignRefusal.NotDraft);
        await audit.RecordAsync(actor.Name, "campaign.delete", "campaign", Key(id), new { stored.Name }, ct);
        return CampaignResult.Done(id);
    }

    private async Task<ValidationFacts> FactsAsync(long? id, CampaignForm form, CampaignActor actor, CancellationToken ct)
    {
        IReadOnlySet<int>? published = null;
        if (!string.IsNullOrWhiteSpace(form.SurveyId) && await surveys.FindAsync(form.SurveyId, ct) is not null)
            published = (await surveys.VersionsAsync(form.SurveyId, ct)).Where(v => !v.IsDraft).Select(v => v.Version).ToHashSet();
        var segmentExists = form.SegmentId is not { } segment || await segments.GetAsync(segment, ct) is not null;
        var list = id is { } campaignId ? await lists.CurrentAsync(campaignId, ct) : null;
        var existing = (await departments.ListAsync(ct)).Select(d => d.Id).ToList();
        var allowed = actor.Departments is { } own ? own.Intersect(existing).ToList() : existing;
        return new ValidationFacts(clock.GetUtcNow(), allowed, published, segmentExists, list?.Size);
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
