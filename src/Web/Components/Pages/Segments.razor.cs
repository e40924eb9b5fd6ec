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

    private GroupRow _root = new();
    private string? _linkError;
    private IReadOnlyList<StoredCluster> _clusters = [];
    private SegmentPreview? _preview;
    private string? _name, _saveError, _saved;
    private IReadOnlyList<SavedSegment> _savedSegments = [];
    private CancellationTokenSource? _pending;

    protected override async Task OnInitializedAsync()
    {
        if (SegmentLink.Decode(RuleLink) is { } linked)
            _root = GroupRow.Root(linked);
        else
        {
            _linkError = RuleLink is null ? null : "The rule in this link could not be read; start from a new one.";
            _root.Children.Add(GroupRow.NewCondition(FieldCatalog.Default.Fields[0]));
        }
        Changed();
        _savedSegments = await Repository.ListAsync(default);
        if (await Jobs.LatestDoneAsync(AnalysisKind.Clustering, default) is { } run)
            _clusters = await ClusterStore.ListAsync(run.Id, default);
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

    private async Task SaveAsync()
    {
        var actor = (await Auth.GetAuthenticationStateAsync()).User.Identity?.Name ?? "unknown";
        _saveError = _root.Children.Count == 0 ? "Add a condition." : await Service.SaveAsync(_name, Rule, actor, default);
        if (_saveError is not null) return;
        _saved = _name!.Trim();
        _savedSegments = await Repository.ListAsync(default);
    }

    public void Dispose() => _pending?.Cancel();
}
