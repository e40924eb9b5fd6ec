using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Outreach.Campaigns.Targeting;
using Outreach.Segmentation.Rules;
using Outreach.Web.Targeting;

namespace Outreach.Web.Components.Pages;

/// <summary>T1 rule builder: conditions combined with all/any (each may be negated), a debounced live count and a sample.</summary>
public sealed partial class Segments : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(400);

    [Inject] private SegmentService Service { get; set; } = default!;
    [Inject] private SegmentRepository Repository { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private ILogger<Segments> Logger { get; set; } = default!;

    private static IEnumerable<FieldDefinition> Fields => FieldCatalog.Default.Fields.Where(f => f.Type != FieldType.CountryCalls);

    private readonly List<ConditionRow> _rows = [];
    private string _combine = RuleGroup.And;
    private SegmentPreview? _preview;
    private string? _name, _saveError, _saved;
    private IReadOnlyList<SavedSegment> _savedSegments = [];
    private CancellationTokenSource? _pending;

    protected override async Task OnInitializedAsync()
    {
        Add();
        _savedSegments = await Repository.ListAsync(default);
    }

    private RuleNode Rule => new RuleGroup { Op = _combine, Children = _rows.Select(r => r.ToNode()).ToArray() };

    private void Add()
    {
        var first = Fields.First();
        _rows.Add(new ConditionRow { Field = first.Name, Operator = first.Operators[0] });
        Changed();
    }

    private void Remove(int index)
    {
        _rows.RemoveAt(index);
        Changed();
    }

    private void FieldChanged(ConditionRow row, string field)
    {
        row.Field = field;
        row.Operator = row.Definition?.Operators.FirstOrDefault() ?? "";
        (row.Value, row.Value2) = (null, null);
        Changed();
    }

    private void CombineChanged(string value)
    {
        _combine = value;
        Changed();
    }

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
            var preview = _rows.Count == 0 ? SegmentPreview.Invalid(["Add a condition."]) : await Service.PreviewAsync(Rule, ct);
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
        _saveError = _rows.Count == 0 ? "Add a condition." : await Service.SaveAsync(_name, Rule, actor, default);
        if (_saveError is not null) return;
        _saved = _name!.Trim();
        _savedSegments = await Repository.ListAsync(default);
    }

    public void Dispose() => _pending?.Cancel();
}
