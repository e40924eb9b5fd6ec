using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Outreach.Campaigns.Users;
using Outreach.Web.CampaignSetup;
using Outreach.Web.Components.CampaignSteps;

namespace Outreach.Web.Components.Pages;

/// <summary>
/// The marketer's campaign wizard (C1, C2): one step at a time, each checked before Next; the draft is created on the
/// first Next and saved on every one after, so a reload opens it where the marketer left off. Review ends in Schedule.
/// </summary>
public sealed partial class CampaignWizard
{
    [Inject] private CampaignService Campaigns { get; set; } = default!;
    [Inject] private DepartmentRepository DepartmentList { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    [Parameter] public long? Id { get; set; }

    private CampaignActor _actor = new("unknown", null, null, false);
    private CampaignForm? _form;
    private CampaignView? _view;
    private long? _id;
    private int _active;
    private bool _busy;
    private string? _refusal;
    private DateTimeOffset? _savedAt;
    private IReadOnlyList<FieldError> _errors = [];
    private IReadOnlyList<Department> _departments = [];
    private TargetingListStep? _targeting;

    private string DepartmentName => _departments.FirstOrDefault(d => d.Id == _form?.DepartmentId)?.Name ?? "";

    protected override async Task OnParametersSetAsync()
    {
        if (_form is not null && Id == _id) return;
        _actor = CampaignActor.From((await Auth).User);
        var all = await DepartmentList.ListAsync(default);
        _departments = all.Where(d => _actor.Sees(d.Id)).ToList();
        (_refusal, _errors, _savedAt) = (null, [], null);
        if (Id is not { } id)
        {
            (_id, _view, _active, _form) = (null, null, 0, Campaigns.NewForm(_actor));
            return;
        }
        _view = await Campaigns.GetAsync(id, _actor, default);
        if (_view is null) _refusal = $"There is no campaign {id} in your department.";
        else if (!_view.IsDraft) Navigation.NavigateTo($"campaigns/{id}", replace: true);
        else (_id, _form, _active) = (id, _view.Form, Math.Min(_view.Form.WizardStep, (int)WizardStep.Review));
    }

    private string? Err(string field) => _errors.FirstOrDefault(e => e.Field == field)?.Message;

    private void ClearStepErrors()
    {
        if (_active < (int)WizardStep.Review && _errors.Any(e => e.Step == (WizardStep)_active))
            _errors = _errors.Where(e => e.Step != (WizardStep)_active).ToList();
    }

    private bool HasError(WizardStep step) => _errors.Any(e => e.Step == step);

    private void ChannelChanged(string channel)
    {
        _form!.Channel = channel;
        if (channel != Outreach.Campaigns.Dialling.CampaignChannel.AgentCall) _form.DialingMode = "agentless";
        else if (_form.DialingMode == "agentless") _form.DialingMode = "predictive";
    }

    // Header clicks may go back, or forward only as far as the steps already completed.
    private Task PreviewInteractionAsync(StepperInteractionEventArgs args)
    {
        if (args.Action == StepAction.Activate && args.StepIndex > _form!.WizardStep) args.Cancel = true;
        return Task.CompletedTask;
    }

    private async Task NextAsync()
    {
        _busy = true;
        try
        {
            var step = (WizardStep)_active;
            _errors = await Campaigns.CheckStepAsync(_id, _form!, _actor, step, default);
            if (_errors.Count == 0 && _targeting is { Stale: true } && step == WizardStep.TargetList)
                _errors = [new FieldError("contactList", step, "The settings changed since the list was frozen: freeze it again.")];
            if (_errors.Count > 0) return;
            _form!.WizardStep = Math.Max(_form.WizardStep, _active + 1);
            if (await SaveAsync()) _active++;
        }
        finally { _busy = false; }
    }

    private Task BackAsync()
    {
        _errors = [];
        if (_active > 0) _active--;
        return Task.CompletedTask;
    }

    private async Task SaveDraftAsync() => await SaveAsync();

    // Creates the draft on the first save and puts its id in the address, so a reload finds it.
    private async Task<bool> SaveAsync()
    {
        var result = _id is { } id ? await Campaigns.SaveAsync(id, _form!, _actor, default) : await Campaigns.CreateAsync(_form!, _actor, default);
        if (result.Refusal != CampaignRefusal.None) _refusal = result.Refusal == CampaignRefusal.NotDraft ? "This campaign is no longer a draft." : "The campaign is gone.";
        _errors = result.Errors;
        if (!result.Succeeded) return false;
        _savedAt = Clock.GetUtcNow();
        if (_id is null)
        {
            _id = result.Id;
            Navigation.NavigateTo($"campaigns/{_id}/edit", replace: true);
        }
        _view = await Campaigns.GetAsync(_id!.Value, _actor, default);
        return true;
    }

    private async Task FrozenAsync()
    {
        await SaveAsync();
        _view = await Campaigns.GetAsync(_id!.Value, _actor, default);
    }

    private async Task ScheduleAsync()
    {
        _busy = true;
        try
        {
            if (!await SaveAsync()) return;
            var result = await Campaigns.ScheduleAsync(_id!.Value, _actor, default);
            _errors = result.Errors;
            if (result.Succeeded) Navigation.NavigateTo($"campaigns/{_id}?scheduled=1");
            else if (result.Refusal != CampaignRefusal.None) _refusal = "This campaign can no longer be scheduled.";
        }
        finally { _busy = false; }
    }
}
