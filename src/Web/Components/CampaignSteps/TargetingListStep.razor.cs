using Microsoft.AspNetCore.Components;
using Outreach.Campaigns.Dialling;
using Outreach.Campaigns.Targeting;
using Outreach.Web.CampaignSetup;

namespace Outreach.Web.Components.CampaignSteps;

/// <summary>T5 in the wizard: a saved segment, exclusions and order, a debounced live size and preview, and Freeze.</summary>
public sealed partial class TargetingListStep : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(400);

    [Inject] private CampaignTargeting Targeting { get; set; } = default!;
    [Inject] private ILogger<TargetingListStep> Logger { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired] public long CampaignId { get; set; }
    [Parameter, EditorRequired] public CampaignForm Form { get; set; } = default!;
    [Parameter] public ContactListSummary? ContactList { get; set; }
    [Parameter] public IReadOnlyList<FieldError> Errors { get; set; } = [];
    [Parameter] public string Actor { get; set; } = "unknown";

    /// <summary>Raised after a freeze, so the wizard saves the targeting settings and reloads the list summary.</summary>
    [Parameter] public EventCallback OnFrozen { get; set; }

    private IReadOnlyList<SavedSegment> _segments = [];
    private IReadOnlyList<ScoreType> _scoreTypes = [];
    private TargetingPreview? _preview;
    private bool _byScore, _busy;
    private string? _freezeError;
    private (long? Segment, ListOrder Order)? _frozenWith;
    private CancellationTokenSource? _pending;
    private CancellationTokenSource? _freezing;
    private DateTimeOffset _freezeStarted;
    private (long? Segment, ListOrder Order)? _asked;

    /// <summary>True when the settings on screen differ from those the shown list was frozen with.</summary>
    public bool Stale => ContactList is not null && _frozenWith is { } f && (f.Segment != Form.SegmentId || f.Order != Order);

    private ListOrder Order => new(Form.RecentContactDays, _byScore ? Form.PropensityType : null, Form.ContactPriority);

    protected override async Task OnInitializedAsync()
    {
        _segments = await Targeting.SegmentsAsync(default);
        _scoreTypes = await Targeting.ScoreTypesAsync(default);
        _byScore = _scoreTypes.Count > 0 && _scoreTypes.Any(t => t.CampaignType == Form.PropensityType);
        if (!_byScore) Form.PropensityType = null;
        if (ContactList is not null) _frozenWith = (Form.SegmentId, Order);
        Changed();
    }

    private string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;

    private void SegmentChanged(long? id)
    {
        Form.SegmentId = id;
        Changed();
    }

    private void OrderChanged(bool byScore)
    {
        _byScore = byScore;
        Form.PropensityType = byScore ? _scoreTypes.FirstOrDefault()?.CampaignType : null;
        Changed();
    }

    // Each change restarts the wait: the count runs once typing pauses, not on every key. A value set again
    // unchanged (inputs may report their value on re-render) keeps the count already under way.
    private void Changed()
    {
        var asked = (Form.SegmentId, Order);
        if (_asked == asked) return;
        _asked = asked;
        _pending?.Cancel();
        _pending = new CancellationTokenSource();
        if (Form.SegmentId is null) { _preview = null; return; }
        _ = RefreshAsync(Form.SegmentId.Value, Order, _pending.Token);
    }

    private async Task RefreshAsync(long segmentId, ListOrder order, CancellationToken ct)
    {
        try
        {
            await Task.Delay(Debounce, ct);
            var preview = await Targeting.PreviewAsync(CampaignId, segmentId, order, ct);
            if (ct.IsCancellationRequested) return;
            _preview = preview;
            await InvokeAsync(StateHasChanged);
        }
        catch (OperationCanceledException) { }
        catch (Exception e)
        {
            Logger.LogError(e, "Targeting preview failed for campaign {CampaignId}", CampaignId);
            _preview = TargetingPreview.Invalid(["The list could not be counted; try again."]);
            _asked = null;
            await InvokeAsync(StateHasChanged);
        }
    }

    /// <summary>
    /// Freezes in one transaction (a large base takes a minute or more): the step shows how long it has been running
    /// and offers Cancel, which rolls the whole freeze back and leaves the earlier list as it was.
    /// </summary>
    private async Task FreezeAsync()
    {
        if (Form.SegmentId is not { } segment) return;
        _busy = true;
        _freezeError = null;
        _freezeStarted = Clock.GetUtcNow();
        _freezing = new CancellationTokenSource();
        using var ticking = Clock.CreateTimer(_ => _ = InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var order = Order;
        try
        {
            var (list, error) = await Targeting.FreezeAsync(CampaignId, segment, order, Actor, _freezing.Token);
            _freezeError = error;
            if (list is null) return;
            _frozenWith = (segment, order);
            await OnFrozen.InvokeAsync();
        }
        catch (OperationCanceledException)
        {
            _freezeError = ContactList is null ? "Freeze cancelled; no contact list was made."
                : "Freeze cancelled; the earlier contact list is unchanged.";
        }
        catch (Exception e)
        {
            Logger.LogError(e, "Freezing the contact list failed for campaign {CampaignId}", CampaignId);
            _freezeError = "The contact list could not be frozen; nothing was changed. Try again.";
        }
        finally
        {
            _busy = false;
            _freezing.Dispose();
            _freezing = null;
        }
    }

    private void CancelFreeze() => _freezing?.Cancel();

    private string FreezeElapsed => Outreach.Web.Engine.ElapsedText.Format(Clock.GetUtcNow() - _freezeStarted);

    public void Dispose()
    {
        _pending?.Cancel();
        _freezing?.Cancel();
    }
}
