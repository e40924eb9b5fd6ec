using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Outreach.Campaigns.Targeting;
using Outreach.Campaigns.Targeting.Analysis;
using Outreach.Segmentation.Rules;
using Outreach.Web.Targeting;

namespace Outreach.Web.Components.Pages;

/// <summary>
/// T1 rule builder: conditions and nested groups combined with all/any (each may be negated), a debounced live
/// count and a sample. Opened with <c>?rule=</c> (from a pattern or an ML segment) it starts from that rule.
/// </summary>
public sealed partial class Segments : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(400);

    [Inject] private SegmentService Service { get; set; } = default!;
    [Inject] private SegmentRepository Repository { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private ILogger<Segments> Logger { get; set; } = default!;
    [Inject] private AnalysisJobRepository Jobs { get; set; } = default!;
    [Inject] private ClusterRepository ClusterStore { get; set; } = default!;

    /// <summary>A rule to start from, as <see cref="SegmentLink"/> encodes it.</summary>
    [SupplyParameterFromQuery(Name = "rule")] public string? RuleLink { get; set; }

    /// <summary>A saved segment to open for editing (its name and rule).</summary>
    [SupplyParameterFromQuery(Name = "segment")] public long? SegmentId { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private GroupRow _root = new();
    private string? _linkError;
    private IReadOnlyList<StoredCluster> _clusters = [];
    private SegmentPreview? _preview;
    private string? _name, _saveError, _saved;
    private IReadOnlyList<SavedSegment> _savedSegments = [];
    private SavedSegment? _editing;
    private (long?, string?)? _opened;
    private bool _confirmDelete;
    private string? _deleted;
    private CancellationTokenSource? _pending;

    protected override async Task OnInitializedAsync()
    {
        if (await Jobs.LatestDoneAsync(AnalysisKind.Clustering, default) is { } run)
            _clusters = await ClusterStore.ListAsync(run.Id, default);
    }

    // The same page serves a new rule, a linked rule and a saved segment: opening another saved segment from the list
    // (only the address changes) starts over from it.
    protected override async Task OnParametersSetAsync()
    {
        if (_opened == (SegmentId, RuleLink)) return;
        _opened = (SegmentId, RuleLink);
        (_editing, _linkError, _saveError, _saved, _confirmDelete) = (null, null, null, null, false);
        _root = new GroupRow();
        if (SegmentId is { } id) await OpenSavedAsync(id);
        else if (SegmentLink.Decode(RuleLink) is { } linked) _root = GroupRow.Root(linked);
        else _linkError = RuleLink is null ? null : "The rule in this link could not be read; start from a new one.";
        if (_root.Children.Count == 0) _root.Children.Add(GroupRow.NewCondition(FieldCatalog.Default.Fields[0]));
        _savedSegments = await Repository.ListAsync(default);
        Changed();
    }

    private async Task OpenSavedAsync(long id)
    {
        var saved = await Repository.GetAsync(id, default);
        var rule = saved is null ? null : SegmentService.Parse(saved.Rule);
        if (saved is null || rule is null)
        {
            _linkError = $"Segment {id} no longer exists; start from a new rule.";
            return;
        }
        (_editing, _name, _root) = (saved, saved.Name, GroupRow.Root(rule));
    }

    private RuleNode Rule => _root.ToNode();

    // Each change restarts the wait: the count runs once typing pauses, not on every key.
    private void Changed()
    {
        _pending?.Cancel();
        _pending = new CancellationTokenSource();
        _saved = null;
        _ = RefreshAsync(_pending.Token);
    }

    private async Task RefreshAsync(CancellationToken ct)
    {
        try
        {
            await Task.Delay(Debounce, ct);
            var preview = _root.Children.Count == 0 ? SegmentPreview.Invalid(["Add a condition."]) : await Service.PreviewAsync(Rule, ct);
            if (ct.IsCancellationRequested) return;
            _preview = preview;
            await InvokeAsync(StateHasChanged);
        }
        catch (OperationCanceledException) { }
        catch (Exception e)
        {
            Logger.LogError(e, "Segment preview failed");
            _preview = SegmentPreview.Invalid(["The count could not be run; try again."]);
            await InvokeAsync(StateHasChanged);
        }
    }

    private async Task<string> ActorAsync() => (await Auth.GetAuthenticationStateAsync()).User.Identity?.Name ?? "unknown";

    /// <summary>Saves a new segment (or, with <paramref name="asNew"/> false while editing, the one opened).</summary>
    private async Task SaveAsync(bool asNew)
    {
        var rule = _root.Children.Count == 0 ? null : Rule;
        var change = _editing is { } open && !asNew
            ? await Service.UpdateAsync(open.Id, _name, rule, await ActorAsync(), default)
            : await Service.CreateAsync(_name, rule, await ActorAsync(), default);
        _saveError = change.Message;
        if (!change.Ok) return;
        _deleted = null;
        _saved = _name!.Trim();
        _savedSegments = await Repository.ListAsync(default);
        _editing = _savedSegments.FirstOrDefault(x => x.Id == change.Id);
        _opened = (change.Id, null);
        Navigation.NavigateTo($"segments?segment={change.Id}", replace: true);
    }

    private async Task DeleteAsync()
    {
        if (_editing is not { } open) return;
        if (!_confirmDelete) { _confirmDelete = true; return; }
        _confirmDelete = false;
        var change = await Service.DeleteAsync(open.Id, await ActorAsync(), default);
        if (!change.Ok) { _saveError = change.Message; return; }
        _deleted = open.Name;
        Navigation.NavigateTo("segments");
    }

    public void Dispose() => _pending?.Cancel();
}
